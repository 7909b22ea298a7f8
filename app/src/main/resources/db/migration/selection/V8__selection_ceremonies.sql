-- Draw ceremonies: the lottery is computed and committed to (its SHA-256 published) before anyone knows the panel
-- number, which then comes from digits drawn in public. The commitment names people only by pseudonym; the list
-- linking each respondent to their pseudonym (and the panel numbers that include them) stays with the organisers.
create table selection.ceremonies (
    id                uuid primary key,
    assembly_id       uuid        not null,
    number            int         not null,
    target_set_id     uuid        not null references selection.target_sets (id),
    algorithm         text        not null,
    seed              bigint      not null,
    seed_source       text        not null,
    witnesses         text        not null,
    status            text        not null check (status in ('COMMITTING', 'COMMITTED', 'REVEALED', 'FAILED')),
    failure           text,
    started_at        timestamptz not null,
    started_by        text        not null,
    commitment        text,
    commitment_sha256 text,
    committed_at      timestamptz,
    digits            text,
    panel_number      int,
    revealed_at       timestamptz,
    revealed_by       text,
    unique (assembly_id, number)
);

create table selection.ceremony_pseudonyms (
    ceremony_id   uuid not null references selection.ceremonies (id),
    respondent_id uuid not null,
    pseudonym     text not null,
    panels        text not null,
    primary key (ceremony_id, respondent_id)
);

-- The draw that a ceremony's reveal started (again, if the first attempt failed), so its page can say so.
alter table selection.draws add column ceremony_id uuid references selection.ceremonies (id);
