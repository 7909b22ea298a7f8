-- Deliberation: the themes an assembly works on and the draft recommendations written at its tables. Every change to
-- a draft is a new version; versions are never changed or removed, so a draft's history is always there to read.
-- Assemblies and users are referred to by id only. No personal data beyond the name of who wrote each version.
create schema if not exists deliberation;

create table deliberation.themes (
    id          uuid primary key,
    assembly_id uuid not null,
    name        text not null check (length(name) between 1 and 100),
    position    int  not null,
    unique (assembly_id, name)
);

create table deliberation.drafts (
    id          uuid primary key,
    assembly_id uuid        not null,
    theme_id    uuid        not null references deliberation.themes (id),
    table_label text        not null default '' check (length(table_label) <= 60),
    status      text        not null check (status in ('DRAFT', 'FINAL', 'WITHDRAWN')),
    version     int         not null default 1,
    created_at  timestamptz not null
);
create index drafts_assembly_idx on deliberation.drafts (assembly_id, theme_id);

create table deliberation.versions (
    draft_id   uuid        not null references deliberation.drafts (id),
    number     int         not null check (number >= 1),
    title      text        not null check (length(title) between 1 and 200),
    body       text        not null check (length(body) between 1 and 4000),
    rationale  text        not null default '' check (length(rationale) <= 4000),
    reason     text        not null default '' check (length(reason) <= 500),
    written_by text        not null,
    written_at timestamptz not null,
    primary key (draft_id, number)
);
