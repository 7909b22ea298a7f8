-- Registration: the questions each assembly stratifies on (categories), when registration closes, and the people
-- who registered (respondents) with their answers.
create table recruitment.categories (
    id          uuid primary key,
    assembly_id uuid    not null,
    position    int     not null,
    name        text    not null,
    kind        text    not null check (kind in ('ASKED', 'AGE', 'AREA')),
    options     text[]  not null default '{}',
    age_bounds  int[]   not null default '{}',
    unique (assembly_id, name),
    unique (assembly_id, position)
);

create table recruitment.registration_settings (
    assembly_id    uuid primary key,
    closes_at      timestamptz,
    per_household  int  not null check (per_household between 1 and 10),
    reference_date date not null,
    updated_at     timestamptz not null
);

create table recruitment.respondents (
    id              uuid primary key,
    assembly_id     uuid        not null,
    household_id    uuid        not null references recruitment.households (id),
    first_name      text        not null,
    last_name       text        not null,
    email           text        not null default '',
    phone           text        not null default '',
    date_of_birth   date        not null,
    access_needs    text        not null default '',
    language        text        not null,
    availability    text        not null check (availability in ('ALL', 'SOME', 'NONE')),
    consented_at    timestamptz not null,
    channel         text        not null check (channel in ('ONLINE', 'PHONE')),
    registered_by   uuid,
    registered_at   timestamptz not null,
    status          text        not null default 'REGISTERED' check (status in ('REGISTERED', 'WITHDRAWN'))
);
create index respondents_assembly_idx on recruitment.respondents (assembly_id);
create index respondents_household_idx on recruitment.respondents (household_id);

create table recruitment.answers (
    respondent_id uuid not null references recruitment.respondents (id) on delete cascade,
    category_id   uuid not null references recruitment.categories (id),
    option        text not null,
    primary key (respondent_id, category_id)
);
