-- Residents who asked for the progress updates of an assembly by e-mail. An address counts only once its owner
-- confirmed it through the link sent to it (double opt-in); unsubscribing deletes the row. The token is the key of
-- the links in every e-mail (confirm, unsubscribe): it gives power over this one subscription and nothing else.
create table accountability.subscribers (
    id          uuid primary key,
    assembly_id uuid        not null,
    email       text        not null check (length(email) between 3 and 254),
    language    text        not null check (length(language) between 2 and 10),
    token       text        not null unique check (length(token) = 43),
    confirmed   boolean     not null default false,
    created_at  timestamptz not null,
    unique (assembly_id, email)
);
