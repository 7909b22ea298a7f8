-- Sessions whose table plan members see on the portal: organisers show a plan once it is final, so that members are
-- not shown each version while it is worked on. Plans made before this table existed were shown as soon as they were
-- made; they stay shown.
create table tables.shown_sessions (
    session_id  uuid primary key,
    assembly_id uuid        not null,
    shown_at    timestamptz not null
);
insert into tables.shown_sessions (session_id, assembly_id, shown_at)
select distinct session_id, assembly_id, now() from tables.seats;
