-- Confirmation calls to the people the lottery chose. Respondents, draws and members are referred to by id only.
create schema if not exists confirmation;

create table confirmation.calls (
    assembly_id   uuid        not null,
    respondent_id uuid        not null,
    status        text        not null check (status in ('TO_CALL', 'NO_ANSWER', 'CALL_BACK', 'CONFIRMED', 'DECLINED')),
    attempts      int         not null default 0,
    call_back_at  timestamptz,
    member_id     uuid,
    updated_at    timestamptz not null,
    primary key (assembly_id, respondent_id)
);

create table confirmation.attempts (
    id            uuid        primary key,
    assembly_id   uuid        not null,
    respondent_id uuid        not null,
    outcome       text        not null check (outcome in ('NO_ANSWER', 'CALL_BACK', 'CONFIRMED', 'DECLINED')),
    note          text        not null default '',
    called_by     text        not null,
    called_at     timestamptz not null
);
create index attempts_respondent_idx on confirmation.attempts (assembly_id, respondent_id, called_at desc);
