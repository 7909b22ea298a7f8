-- Ballots and secret votes (ADR 0012). Members belong to the members module and are referred to by id only.
--
-- Secrecy is in the shape of these tables: who was given a ballot code (issued) is kept apart from the codes (codes),
-- and both apart from the votes (votes). No column, key or time stamp links a vote to a code or a code to a member:
-- codes carry no member and no time; votes carry no code, no time and no order, only a random receipt. When the
-- ballot closes, its votes are sealed in receipt order (seals), which says nothing about when each was cast.
create schema if not exists voting;

create table voting.ballots (
    id                 uuid primary key,
    assembly_id        uuid        not null,
    title              text        not null check (length(title) between 1 and 200),
    method             text        not null check (method in ('SUPPORT', 'APPROVE', 'PRIORITISE')),
    -- SUPPORT: the scale's labels, lowest first; the lowest level that counts as support; the share needed.
    labels             text[]      not null default '{}',
    at_least           int         not null default 0,
    -- SUPPORT and APPROVE: the share in per cent; APPROVE: "more than" or "at least", and of which base.
    percent            int         not null default 0,
    more_than          boolean     not null default false,
    base               text        not null default 'FOR_AND_AGAINST' check (base in ('FOR_AND_AGAINST', 'ALL_VOTES')),
    -- PRIORITISE: how many items each member ranks, and how ranks are scored.
    top_n              int         not null default 0,
    count_method       text        not null default 'BORDA' check (count_method in ('BORDA', 'TOP_N')),
    -- A ballot that may open only once this one has closed with every item adopted.
    requires_ballot_id uuid references voting.ballots (id),
    status             text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    eligible           int         not null default 0,
    -- The seal: the hash of the last vote in receipt order (or of the ballot's id when there is none), set at the
    -- close.
    chain_head         bytea       not null,
    opened_at          timestamptz,
    closed_at          timestamptz,
    created_at         timestamptz not null,
    version            int         not null default 0
);
create index ballots_assembly_idx on voting.ballots (assembly_id, created_at);

create table voting.items (
    id        uuid primary key,
    ballot_id uuid not null references voting.ballots (id) on delete cascade,
    position  int  not null check (position >= 0),
    title     text not null check (length(title) between 1 and 200),
    body      text not null default '' check (length(body) <= 4000),
    unique (ballot_id, position)
);

-- Codes are issued in batches (one printed sheet of slips); a batch none of whose codes was used can be voided, when
-- the sheet was lost or never printed, and its members issued new codes.
create table voting.batches (
    id         uuid primary key,
    ballot_id  uuid        not null references voting.ballots (id) on delete cascade,
    size       int         not null check (size > 0),
    issued_by  uuid,
    issued_at  timestamptz not null
);

-- Who has been given a code for a ballot: one per member per ballot.
create table voting.issued (
    ballot_id uuid not null references voting.ballots (id) on delete cascade,
    member_id uuid not null,
    batch_id  uuid not null references voting.batches (id) on delete cascade,
    primary key (ballot_id, member_id)
);

-- The codes themselves, as SHA-256 hashes: the printed code is shown once, on the slips, and never stored.
create table voting.codes (
    code_hash bytea   primary key,
    ballot_id uuid    not null references voting.ballots (id) on delete cascade,
    batch_id  uuid    not null references voting.batches (id) on delete cascade,
    used      boolean not null default false
);
create index codes_batch_idx on voting.codes (batch_id);

-- The votes: each member's answers in canonical form, under a random receipt shown only to them.
create table voting.votes (
    ballot_id uuid not null references voting.ballots (id),
    receipt   text not null check (receipt ~ '^[0-9a-f]{16}$'),
    answers   text not null check (length(answers) <= 400),
    primary key (ballot_id, receipt)
);

-- The seal made at the close: the votes in receipt order, each with the hash that chains it to the one before, so
-- that a vote changed, added or removed afterwards is found, and where.
create table voting.seals (
    ballot_id uuid  not null references voting.ballots (id),
    position  int   not null check (position >= 1),
    receipt   text  not null,
    hash      bytea not null,
    primary key (ballot_id, position),
    unique (ballot_id, receipt)
);

-- The application can add votes and seals and read them, never change or delete them.
grant usage on schema voting to "${app_role}";
grant select, insert on voting.votes to "${app_role}";
grant select, insert on voting.seals to "${app_role}";

-- Short statements by members who disagree with an item's outcome, attached after the count.
create table voting.statements (
    id         uuid primary key,
    item_id    uuid        not null references voting.items (id) on delete cascade,
    body       text        not null check (length(body) between 1 and 4000),
    added_by   uuid,
    added_at   timestamptz not null
);
