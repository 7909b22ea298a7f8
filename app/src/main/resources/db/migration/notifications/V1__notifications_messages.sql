-- Every e-mail the application sends, with its delivery status, so that a failed delivery can be retried and
-- local installations without SMTP can show their mail on the outbox page.
create schema if not exists notifications;

create table notifications.messages (
    id         uuid primary key,
    created_at timestamptz not null,
    recipient  text        not null,
    subject    text        not null,
    body       text        not null,
    status     text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts   int         not null default 0,
    last_error text,
    sent_at    timestamptz
);
create index messages_created_idx on notifications.messages (created_at desc);
