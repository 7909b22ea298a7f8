-- Reminders to selected people who have not confirmed yet, one row per person reminded: when, how (e-mail or text
-- message), by whom, and for e-mail the notifications module's message id. The text itself is not kept here (e-mails
-- are in the outbox; texts are not stored). At most one reminder per person in 24 hours, checked under the person's
-- lock in confirmation.calls.
create table confirmation.reminders (
    id            uuid        primary key,
    assembly_id   uuid        not null,
    respondent_id uuid        not null,
    channel       text        not null check (channel in ('EMAIL', 'SMS')),
    sent_at       timestamptz not null,
    sent_by       text        not null,
    message_id    uuid
);
create index reminders_respondent_idx on confirmation.reminders (assembly_id, respondent_id, sent_at desc);
