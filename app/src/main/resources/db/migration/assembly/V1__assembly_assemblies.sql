-- Assemblies and the days they meet on. A day belongs to one assembly and is rewritten with it.
create schema if not exists assembly;

create table assembly.assemblies (
    id                   uuid primary key,
    title                text        not null,
    question             text        not null,
    description          text        not null default '',
    commissioners        text[]      not null default '{}',
    delivery_partners    text[]      not null default '{}',
    recruitment_partners text[]      not null default '{}',
    status               text        not null check (status in
        ('PLANNING', 'RECRUITING', 'SELECTING', 'IN_SESSION', 'REPORTING', 'FOLLOWING_UP', 'CLOSED')),
    version              int         not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create unique index assemblies_title_key on assembly.assemblies (lower(title));

create table assembly.days (
    assembly_id   uuid not null references assembly.assemblies (id) on delete cascade,
    position      int  not null,
    weekend       int  not null check (weekend >= 1),
    day_date      date not null,
    starts_at     time not null,
    ends_at       time not null check (ends_at > starts_at),
    venue_name    text not null,
    venue_address text not null default '',
    primary key (assembly_id, position)
);
