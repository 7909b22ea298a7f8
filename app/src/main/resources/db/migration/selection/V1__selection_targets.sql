-- Targets: the minimum and maximum number of panel seats for each value of each category. Every save is a new
-- version, kept, so that a draw can name the targets it used and nobody can change them afterwards.
create schema if not exists selection;

create table selection.target_sets (
    id          uuid primary key,
    assembly_id uuid        not null,
    version     int         not null,
    panel_size  int         not null check (panel_size > 0),
    saved_at    timestamptz not null,
    saved_by    text        not null,
    unique (assembly_id, version)
);

create table selection.targets (
    target_set_id uuid    not null references selection.target_sets (id),
    position      int     not null,
    category      text    not null,
    value         text    not null,
    min_seats     int     not null check (min_seats >= 0),
    max_seats     int     not null check (max_seats >= min_seats),
    population    numeric(6, 3),
    primary key (target_set_id, position),
    unique (target_set_id, category, value)
);
