-- Two-factor sign-in (ADR 0013). One row per user who has started enrolling; confirmed_at is set once the user has
-- typed a code from their app, and only then does login ask for a code. The TOTP secret is kept encrypted with
-- AES-GCM under the installation's two-factor key (never in the database), bound to the user's id. last_step is the
-- highest 30-second time step whose code was accepted: a code for that step or an earlier one is refused, so a code
-- seen over someone's shoulder cannot be used again.
create table identity.two_factor (
    user_id      uuid        primary key references identity.users (id),
    secret       bytea       not null,
    created_at   timestamptz not null,
    confirmed_at timestamptz,
    last_step    bigint
);

-- Backup codes: ten per enrolment, shown once. Only an HMAC-SHA-256 of each (keyed with a key derived from the
-- two-factor key) is stored; a code works once.
create table identity.two_factor_backup_codes (
    user_id   uuid        not null references identity.two_factor (user_id) on delete cascade,
    code_hash text        not null check (length(code_hash) = 64),
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
