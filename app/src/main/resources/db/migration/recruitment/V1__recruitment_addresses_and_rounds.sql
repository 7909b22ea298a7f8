-- The address list, uploads waiting for the organiser's go-ahead, invitation rounds and the invitations they
-- produced. Assembly ids refer to the assembly module's data by value only (no cross-module foreign keys).
create schema if not exists recruitment;

-- One postal address that may be invited. "position" is the order of the list (import order), which a round's
-- lottery follows so that a round can be re-run from the list and the seed.
create table recruitment.households (
    id                 uuid primary key,
    assembly_id        uuid    not null,
    position           int     not null,
    line1              text    not null,
    line2              text    not null default '',
    line3              text    not null default '',
    town               text    not null default '',
    postcode           text    not null,
    area               text    not null,
    property_reference text,
    match_key          text    not null,
    imported_at        timestamptz not null,
    unique (assembly_id, position),
    unique (assembly_id, match_key)
);
create unique index households_reference_key on recruitment.households (assembly_id, property_reference)
    where property_reference is not null;
create index households_area_idx on recruitment.households (assembly_id, area);

-- A file checked and shown to the organiser but not yet imported. Deleted when imported, cancelled or a day old.
create table recruitment.uploads (
    id          uuid primary key,
    assembly_id uuid        not null,
    file_name   text        not null,
    content     bytea       not null,
    uploaded_by uuid        not null,
    uploaded_at timestamptz not null
);

create table recruitment.rounds (
    id           uuid primary key,
    assembly_id  uuid        not null,
    number       int         not null,
    letters      int         not null check (letters > 0),
    by_area      boolean     not null,
    boosts       text        not null default '',
    seed         bigint      not null,
    input_digest text        not null,
    drawn_at     timestamptz not null,
    drawn_by     text        not null,
    unique (assembly_id, number)
);

-- A household is invited at most once per assembly; its code is unique everywhere, because the public
-- registration page knows only the code.
create table recruitment.invitations (
    household_id uuid primary key references recruitment.households (id),
    round_id     uuid not null references recruitment.rounds (id),
    assembly_id  uuid not null,
    draw_order   int  not null,
    code         text not null unique,
    unique (round_id, draw_order)
);
create index invitations_assembly_idx on recruitment.invitations (assembly_id);
