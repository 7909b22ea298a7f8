-- Users (people who log in), their role in each assembly, pending invitations, failed-login counters and the
-- one-time link that creates the first administrator. Assembly ids refer to the assembly module's data by
-- value only: modules own their tables and share no foreign keys.
create schema if not exists identity;

create table identity.users (
    id             uuid primary key,
    email          text        not null,
    display_name   text        not null,
    password_hash  text        not null,
    platform_admin boolean     not null default false,
    enabled        boolean     not null default true,
    created_at     timestamptz not null
);
create unique index users_email_key on identity.users (lower(email));

create table identity.assembly_roles (
    user_id     uuid        not null references identity.users (id),
    assembly_id uuid        not null,
    role        text        not null check (role in
        ('ORGANISER', 'FACILITATOR', 'ADVISORY_BOARD', 'INSTITUTION_OFFICER', 'MEMBER')),
    granted_at  timestamptz not null,
    primary key (user_id, assembly_id)
);
create index assembly_roles_assembly_idx on identity.assembly_roles (assembly_id);

create table identity.invitations (
    id          uuid primary key,
    assembly_id uuid        not null,
    email       text        not null,
    role        text        not null,
    token_hash  text        not null unique,
    invited_by  uuid,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    revoked_at  timestamptz
);
create index invitations_assembly_idx on identity.invitations (assembly_id);

create table identity.login_failures (
    login            text primary key,
    failures         int         not null,
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);

create table identity.setup_tokens (
    token_hash text primary key,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
