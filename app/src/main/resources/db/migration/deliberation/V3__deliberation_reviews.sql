-- Professional review: a round with a deadline in which institution officers and the advisory board comment on the
-- drafts' feasibility and legality. Reviewers comment; they never change a draft's text. Each review names the version
-- it was written on.
create table deliberation.review_rounds (
    id          uuid primary key,
    assembly_id uuid        not null,
    deadline    date        not null,
    opened_by   text        not null,
    opened_at   timestamptz not null
);
create index review_rounds_assembly_idx on deliberation.review_rounds (assembly_id, opened_at);

create table deliberation.reviews (
    id         uuid primary key,
    draft_id   uuid        not null references deliberation.drafts (id),
    round_id   uuid        not null references deliberation.review_rounds (id),
    version    int         not null,
    kind       text        not null check (kind in ('FEASIBILITY', 'LEGAL', 'OTHER')),
    body       text        not null check (length(body) between 1 and 4000),
    written_by text        not null,
    written_at timestamptz not null
);
create index reviews_draft_idx on deliberation.reviews (draft_id, written_at);
