-- Login throttling no longer locks an account: growing delays per account and per client address, counted in
-- Bucket4j token buckets stored here so that every node sees the same counts. A bucket's key is the limit's name and
-- the SHA-256 of the login or address, never the text someone typed, so its length is fixed. A row whose bucket is
-- full again (expires_at) means the same as no row and is deleted; throttled_since marks that the
-- limit was reached, so that the audit log records it once rather than at every refused attempt.
drop table identity.login_failures;

create table identity.attempt_buckets (
    bucket_key      text primary key check (length(bucket_key) <= 100),
    state           bytea,
    expires_at      timestamptz,
    throttled_since timestamptz
);
create index attempt_buckets_expiry_idx on identity.attempt_buckets (expires_at);

-- Password resets: one row per e-mailed link. The token exists only in the e-mail; the row keeps its SHA-256 hash,
-- made when the e-mail is written (null until then). A link works once, for a short time, and a newer request or a
-- completed reset revokes older links. requested_by is the administrator who sent it (null: the user asked).
create table identity.password_resets (
    id           uuid        primary key,
    user_id      uuid        not null references identity.users (id),
    token_hash   text        unique,
    requested_by uuid,
    language     text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    revoked_at   timestamptz
);
create index password_resets_user_idx on identity.password_resets (user_id);
