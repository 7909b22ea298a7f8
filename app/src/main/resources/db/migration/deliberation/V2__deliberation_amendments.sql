-- Amendments: a changed wording proposed for a draft (by members through their facilitator), accepted or rejected by
-- an organiser with a reason. An accepted amendment becomes the draft's next version; a rejected one stays on record.
create table deliberation.amendments (
    id              uuid primary key,
    draft_id        uuid        not null references deliberation.drafts (id),
    body            text        not null check (length(body) between 1 and 4000),
    why             text        not null default '' check (length(why) <= 1000),
    proposed_by     text        not null,
    proposed_at     timestamptz not null,
    status          text        not null check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decision_reason text        not null default '' check (length(decision_reason) <= 500),
    decided_by      text,
    decided_at      timestamptz
);
create index amendments_draft_idx on deliberation.amendments (draft_id, proposed_at);
