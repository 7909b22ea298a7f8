-- Mailings: a message organisers wrote and sent to a group of respondents. Who got it is kept by respondent id and
-- the notifications module's message id (which holds the address and the delivery status); other modules are referred
-- to by id only, without foreign keys.
create schema if not exists messaging;

create table messaging.mailings (
    id          uuid        primary key,
    assembly_id uuid        not null,
    number      int         not null,
    audience    text        not null check (audience in ('REGISTERED', 'PANEL', 'NOT_SELECTED')),
    draw_id     uuid,
    sent_by     text        not null,
    sent_at     timestamptz not null,
    unique (assembly_id, number)
);

create table messaging.texts (
    mailing_id uuid not null references messaging.mailings (id) on delete cascade,
    language   text not null,
    subject    text not null,
    body       text not null,
    primary key (mailing_id, language)
);

create table messaging.recipients (
    mailing_id    uuid not null references messaging.mailings (id) on delete cascade,
    respondent_id uuid not null,
    message_id    uuid not null,
    language      text not null,
    primary key (mailing_id, respondent_id)
);
