-- The organiser's expectations for the recruitment plan: the pool wanted per seat and response rates per area (in
-- per cent). No personal data. Assemblies are referred to by id only, without foreign keys.
create schema if not exists planning;

create table planning.settings (
    assembly_id   uuid        primary key,
    pool_per_seat numeric     not null check (pool_per_seat >= 1 and pool_per_seat <= 50),
    default_rate  numeric     not null check (default_rate > 0 and default_rate <= 100),
    updated_at    timestamptz not null
);

create table planning.area_rates (
    assembly_id uuid    not null references planning.settings (assembly_id) on delete cascade,
    area        text    not null,
    rate        numeric not null check (rate > 0 and rate <= 100),
    primary key (assembly_id, area)
);
