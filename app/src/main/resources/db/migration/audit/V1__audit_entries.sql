-- The audit log: one row per state-changing action. Rows are only ever inserted; the triggers below refuse
-- updates, deletes and truncation for every database user, including the application's own.
create schema if not exists audit;

create table audit.entries (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    actor_id       uuid,
    actor_label    text        not null,
    assembly_id    uuid,
    action         text        not null,
    subject        text        not null,
    before_summary text,
    after_summary  text
);
create index entries_assembly_idx on audit.entries (assembly_id, occurred_at desc);
create index entries_occurred_idx on audit.entries (occurred_at desc);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on audit.entries is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger entries_append_only
    before update or delete on audit.entries
    for each row execute function audit.refuse_change();

create trigger entries_no_truncate
    before truncate on audit.entries
    for each statement execute function audit.refuse_change();
