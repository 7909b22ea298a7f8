-- The assembly's programme: sessions on its days. Days belong to the assembly module and are named by their date,
-- which is unique within an assembly; assemblies are referred to by id only, without foreign keys. No personal data.
create schema if not exists programme;

create table programme.sessions (
    id          uuid primary key,
    assembly_id uuid        not null,
    day_date    date        not null,
    starts_at   time        not null,
    ends_at     time        not null,
    title       text        not null check (length(title) between 1 and 200),
    room        text        not null default '' check (length(room) <= 200),
    stage       text        not null check (stage in ('LEARN', 'DELIBERATE', 'DECIDE', 'OTHER')),
    version     int         not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    check (ends_at > starts_at)
);
create index sessions_assembly_day_idx on programme.sessions (assembly_id, day_date, starts_at);
