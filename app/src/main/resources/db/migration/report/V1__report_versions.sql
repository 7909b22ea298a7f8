-- The final report's narrative, version by version: every save is a new draft, earlier ones are kept. Publishing
-- freezes the latest draft together with the report as it then read (the snapshot), so that a published version
-- never changes when the data behind it does (a response added later appears only in a later version).
create schema if not exists report;

create table report.versions (
    id           uuid primary key,
    assembly_id  uuid        not null,
    number       int         not null check (number >= 1),
    introduction text        not null default '' check (length(introduction) <= 20000),
    process      text        not null default '' check (length(process) <= 20000),
    next_steps   text        not null default '' check (length(next_steps) <= 20000),
    snapshot     text,
    language     text,
    saved_by     uuid,
    saved_at     timestamptz not null,
    published_at timestamptz,
    unique (assembly_id, number)
);
