-- A committed ceremony can be cancelled before its digits are drawn (the pool or the targets changed, the public
-- meeting was called off). Its commitment was published, so it stays public with who cancelled it, when and why:
-- anyone can see that it was not used, and that the organisers did not quietly drop a lottery they disliked.
alter table selection.ceremonies drop constraint ceremonies_status_check;
alter table selection.ceremonies add constraint ceremonies_status_check
    check (status in ('COMMITTING', 'COMMITTED', 'REVEALED', 'FAILED', 'CANCELLED'));
alter table selection.ceremonies
    add column cancelled_at  timestamptz,
    add column cancelled_by  text,
    add column cancel_reason text;
