-- How long each assembly keeps the personal data of people the lottery did not choose, and a record of each purge.
-- Assemblies without a row keep them for the default period (see Retention.DEFAULT_DAYS).
create schema if not exists privacy;

create table privacy.retention (
    assembly_id uuid primary key,
    days        int         not null check (days between 0 and 3650),
    updated_at  timestamptz not null,
    updated_by  text        not null
);

create table privacy.purges (
    id          uuid primary key,
    assembly_id uuid        not null,
    purged_at   timestamptz not null,
    people      int         not null,
    purged_by   text        not null
);
create index purges_assembly_idx on privacy.purges (assembly_id, purged_at desc);
