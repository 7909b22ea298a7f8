-- The members' verdict given by each member on the member portal: how far, from 0 to 10, each response meets their
-- recommendation (as France's climate convention did), or "no view". One round per assembly, opened and closed by
-- the organisers; its figures reach the public page only when they publish them.
create table accountability.verdict_rounds (
    assembly_id uuid primary key,
    status      text    not null check (status in ('OPEN', 'CLOSED')),
    published   boolean not null default false check (not published or status = 'CLOSED')
);

-- Who has given their verdict, only so that nobody gives it twice. No column here leads to what they chose.
create table accountability.verdict_givers (
    assembly_id uuid not null references accountability.verdict_rounds (assembly_id) on delete cascade,
    member_id   uuid not null,
    primary key (assembly_id, member_id)
);

-- What was chosen, as counts only: how many members gave each response each score (a null score is "no view"). A
-- member's verdict adds one to counts and leaves no row of its own: no row to tie to a member, no time, no order of
-- arrival.
create table accountability.verdict_counts (
    recommendation_id uuid     not null references accountability.recommendations (id) on delete restrict,
    score             smallint check (score between 0 and 10),
    members           int      not null check (members > 0)
);
create unique index verdict_counts_key on accountability.verdict_counts (recommendation_id, coalesce(score, -1));
