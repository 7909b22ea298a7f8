-- Replacements: a panel member who drops out is recorded against the draw that chose them; a replacement draw
-- (a draw that names the draw it replaces members of) fills the open places from the same pool against the targets
-- the remaining members leave, and closes the withdrawals it fills.
alter table selection.draws add column replaces uuid references selection.draws (id);
-- how many a replacement draw chooses (a first draw chooses its targets' panel size)
alter table selection.draws add column seats int check (seats > 0);

create table selection.withdrawals (
    draw_id       uuid        not null references selection.draws (id),
    respondent_id uuid        not null,
    reason        text        not null check (reason in ('DECLINED', 'NO_REPLY', 'LEFT')),
    withdrawn_at  timestamptz not null,
    withdrawn_by  text        not null,
    replaced_by   uuid references selection.draws (id),
    primary key (draw_id, respondent_id)
);
