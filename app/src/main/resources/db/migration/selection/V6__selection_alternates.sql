-- Alternates chosen for a first draw's panel once dropouts have begun: at most one choice per first draw (a new choice
-- replaces the old one). The stay rates it used are kept with it, as estimated from the panel's withdrawals, so the
-- page can say what the choice rests on; the deviations are the engine's figures on fresh dropout scenarios.
create table selection.alternate_choices (
    draw_id                uuid primary key references selection.draws (id),
    chosen_at              timestamptz      not null,
    chosen_by              text             not null,
    budget                 int              not null,
    scenarios              int              not null,
    category               text             not null,
    panel_members          int              not null,
    withdrawn              int              not null,
    expected_deviation     double precision not null,
    reserve_list_deviation double precision not null,
    without_alternates     double precision not null,
    optimal                boolean          not null
);

-- Per value of the choice's category: how many panel members had it, how many stayed, and the rate used.
create table selection.alternate_rates (
    draw_id  uuid             not null references selection.alternate_choices (draw_id) on delete cascade,
    position int              not null,
    value    text             not null,
    members  int              not null,
    stayed   int              not null,
    rate     double precision not null,
    primary key (draw_id, position)
);

-- The alternates, in the reserve list's order.
create table selection.alternates (
    draw_id       uuid not null references selection.alternate_choices (draw_id) on delete cascade,
    rank          int  not null,
    respondent_id uuid not null,
    primary key (draw_id, rank),
    unique (draw_id, respondent_id)
);
