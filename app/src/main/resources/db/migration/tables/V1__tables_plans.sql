-- Table plans: who sits at which table in each session. Sessions belong to the programme module, members to the
-- members module and facilitators to identity; all are referred to by id only, without foreign keys, so that a
-- session's removal (announced by an event) or a member's withdrawal never blocks on this module.
create schema if not exists tables;

-- How the organiser wants tables made up. Attributes are the members' category names; needs_accessible lists member
-- ids. No names or values are stored here.
create table tables.settings (
    assembly_id          uuid primary key,
    table_count          int         not null check (table_count between 1 and 100),
    diversify            text[]      not null default '{}',
    band                 numeric     not null check (band >= 1 and band <= 100),
    accessible_tables    int[]       not null default '{}',
    needs_accessible     uuid[]      not null default '{}',
    interpreters_together boolean    not null default true,
    updated_at           timestamptz not null
);

-- Each run of the grouping engine: queued, running, done (its seats stored) or failed (with the reason's message
-- key, and nothing stored). Quality figures are filled in when it is done.
create table tables.runs (
    id                   uuid primary key,
    assembly_id          uuid        not null,
    status               text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    seed                 bigint      not null,
    session_count        int         not null,
    requested_by         uuid,
    started_at           timestamptz not null,
    finished_at          timestamptz,
    failure              text        not null default '',
    failure_detail       text        not null default '',
    repeated_pairs       bigint,
    repeated_bound       bigint,
    repeated_random      numeric,
    consecutive_pairs    bigint,
    consecutive_bound    bigint,
    most_times_met       int,
    fewest_people_met    int,
    worst_deviation      numeric,
    engine_status        text,
    seconds              numeric,
    widened_sessions     int         not null default 0
);
create index runs_assembly_idx on tables.runs (assembly_id, started_at desc);
-- At most one run at a time per assembly.
create unique index runs_one_running on tables.runs (assembly_id) where status = 'RUNNING';

-- A member's table (from 1) in a session.
create table tables.seats (
    session_id  uuid not null,
    member_id   uuid not null,
    assembly_id uuid not null,
    table_no    int  not null check (table_no >= 1),
    primary key (session_id, member_id)
);
create index seats_assembly_idx on tables.seats (assembly_id);

-- A facilitator's table in a session.
create table tables.facilitator_seats (
    session_id  uuid not null,
    user_id     uuid not null,
    assembly_id uuid not null,
    table_no    int  not null check (table_no >= 1),
    primary key (session_id, user_id)
);

-- Sessions whose seating is settled (held, or about to be): a new run keeps them as they are.
create table tables.locked_sessions (
    session_id  uuid primary key,
    assembly_id uuid        not null,
    locked_at   timestamptz not null
);
