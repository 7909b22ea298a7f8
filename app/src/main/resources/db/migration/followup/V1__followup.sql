-- Follow-up events after an assembly (resident panels, webinars, public meetings) and the residents who signed up
-- for them. A sign-up holds a place only once its owner confirmed it through the link sent to them (double opt-in);
-- the token is the key of the links in every e-mail (confirm, cancel) and gives power over that one sign-up. Sign-ups
-- are personal data: they are deleted a set time after the event ends (SignUpPurgeJob), or at once on cancelling.
create schema if not exists followup;

create table followup.events (
    id          uuid primary key,
    assembly_id uuid        not null,
    title       text        not null check (length(title) between 1 and 200),
    kind        text        not null check (kind in ('RESIDENT_PANEL', 'WEBINAR', 'PUBLIC_MEETING', 'OTHER')),
    description text        not null default '' check (length(description) <= 4000),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    place       text        not null default '' check (length(place) <= 400),
    join_url    text        not null default '' check (length(join_url) <= 500),
    capacity    integer     check (capacity between 1 and 100000),
    closes_at   timestamptz not null check (closes_at <= ends_at),
    status      text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    version     integer     not null default 0,
    created_at  timestamptz not null
);
create index events_assembly on followup.events (assembly_id, starts_at);

create table followup.sign_ups (
    id           uuid primary key,
    event_id     uuid        not null references followup.events (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 200),
    email        text        not null check (length(email) between 3 and 254),
    access_needs text        not null default '' check (length(access_needs) <= 500),
    language     text        not null check (length(language) between 2 and 10),
    token        text        not null unique check (length(token) = 43),
    confirmed    boolean     not null default false,
    created_at   timestamptz not null,
    unique (event_id, email)
);
