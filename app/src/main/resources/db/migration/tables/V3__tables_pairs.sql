-- Pairs of members who must never share a table (APART: relatives, a known conflict) or always share one (TOGETHER: a
-- carer and the member cared for). Members are referred to by id only; a pair with a withdrawn member stays but is
-- not applied. The reason is free text an organiser may write about two people, possibly sensitive: it is read only by
-- those who manage table plans and never copied into the audit log.
create table tables.pairs (
    id           uuid primary key,
    assembly_id  uuid        not null,
    one_member   uuid        not null,
    other_member uuid        not null,
    kind         text        not null check (kind in ('APART', 'TOGETHER')),
    reason       text        not null default '' check (length(reason) <= 200),
    added_at     timestamptz not null,
    check (one_member <> other_member)
);
-- One rule per two people, whichever is named first: they cannot be kept both apart and together.
create unique index pairs_once on tables.pairs (assembly_id, least(one_member, other_member),
    greatest(one_member, other_member));
