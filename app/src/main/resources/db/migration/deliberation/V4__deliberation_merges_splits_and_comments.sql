-- Merging and splitting drafts, and free comments on them (issue 13).
--
-- A merged or split draft is kept with all its versions and marked MERGED or SPLIT; a link runs from each draft that
-- went into a merge to its result, and from a split draft to each of its parts, so both sides show where a text came
-- from or went. Open amendments on a draft that is merged or split are closed (CLOSED) with the reason.
alter table deliberation.drafts drop constraint drafts_status_check;
alter table deliberation.drafts add constraint drafts_status_check
    check (status in ('DRAFT', 'FINAL', 'WITHDRAWN', 'MERGED', 'SPLIT'));

create table deliberation.draft_links (
    from_draft_id uuid        not null references deliberation.drafts (id),
    to_draft_id   uuid        not null references deliberation.drafts (id),
    kind          text        not null check (kind in ('MERGE', 'SPLIT')),
    made_at       timestamptz not null,
    primary key (from_draft_id, to_draft_id)
);
create index draft_links_to_idx on deliberation.draft_links (to_draft_id);

alter table deliberation.amendments drop constraint amendments_status_check;
alter table deliberation.amendments add constraint amendments_status_check
    check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED', 'CLOSED'));

-- Free comments: what a table or a member said about a draft, typed in by a facilitator or organiser on their behalf
-- (said_by names the table or person, or is empty), or the team's own. Each names the version it was written on. A
-- removed comment keeps its place with who removed it; its text is erased.
create table deliberation.comments (
    id         uuid primary key,
    draft_id   uuid        not null references deliberation.drafts (id),
    version    int         not null,
    body       text        check (length(body) between 1 and 2000),
    said_by    text        not null default '' check (length(said_by) <= 100),
    on_behalf  boolean     not null,
    written_by text        not null,
    written_at timestamptz not null,
    removed_by text,
    removed_at timestamptz,
    check ((removed_at is null) = (body is not null))
);
create index comments_draft_idx on deliberation.comments (draft_id, written_at);
