-- Every choice of alternates for a first draw is kept, numbered from 1 in the order made: the page shows the newest
-- and lists the earlier ones, so organisers can tell which list they asked from and an observer can see that a choice
-- was not quietly replaced. Choices made before this change become choice 1.
alter table selection.alternates drop constraint alternates_draw_id_fkey;
alter table selection.alternate_rates drop constraint alternate_rates_draw_id_fkey;

alter table selection.alternate_choices add column number int not null default 1;
alter table selection.alternate_choices alter column number drop default;
alter table selection.alternate_choices drop constraint alternate_choices_pkey;
alter table selection.alternate_choices add primary key (draw_id, number);

alter table selection.alternate_rates add column number int not null default 1;
alter table selection.alternate_rates alter column number drop default;
alter table selection.alternate_rates drop constraint alternate_rates_pkey;
alter table selection.alternate_rates add primary key (draw_id, number, position);
alter table selection.alternate_rates add foreign key (draw_id, number)
    references selection.alternate_choices (draw_id, number) on delete cascade;

alter table selection.alternates add column number int not null default 1;
alter table selection.alternates alter column number drop default;
alter table selection.alternates drop constraint alternates_pkey;
alter table selection.alternates drop constraint alternates_draw_id_respondent_id_key;
alter table selection.alternates add primary key (draw_id, number, rank);
alter table selection.alternates add unique (draw_id, number, respondent_id);
alter table selection.alternates add foreign key (draw_id, number)
    references selection.alternate_choices (draw_id, number) on delete cascade;

-- A choice of alternates being made, or the last one that failed, per first draw. Written in the request that starts
-- the choice, so every node sees it (and refuses a draw or a second choice meanwhile); the node making it refreshes
-- the heartbeat, and any node marks failed a choice whose heartbeat stopped (its process stopped). Removed once the
-- choice is stored.
create table selection.alternate_runs (
    draw_id      uuid primary key references selection.draws (id),
    status       text        not null check (status in ('RUNNING', 'FAILED')),
    started_at   timestamptz not null,
    started_by   text        not null,
    heartbeat_at timestamptz not null default now(),
    failure      text
);
