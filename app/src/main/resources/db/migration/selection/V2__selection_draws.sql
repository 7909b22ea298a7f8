-- Draws: one row per run of the lottery, with what it needs to be checked (seed, target version, algorithm, the
-- engine's draw record) and, per respondent in the pool, their chance, whether they were selected and their place
-- on the reserve list. Respondents are referred to by id only: names stay in the recruitment module.
create table selection.draws (
    id               uuid primary key,
    assembly_id      uuid        not null,
    number           int         not null,
    target_set_id    uuid        not null references selection.target_sets (id),
    algorithm        text        not null,
    seed             bigint      not null,
    seed_source      text        not null,
    witnesses        text        not null,
    status           text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    progress         text        not null default '',
    started_at       timestamptz not null,
    started_by       text        not null,
    finished_at      timestamptz,
    failure          text,
    pool_size        int,
    left_out         int,
    smallest_chance  double precision,
    largest_chance   double precision,
    finished         boolean,
    targets_sha256   text,
    people_sha256    text,
    engine_version   text,
    record           text,
    unique (assembly_id, number)
);

create table selection.draw_people (
    draw_id       uuid             not null references selection.draws (id),
    position      int              not null,
    respondent_id uuid             not null,
    chance        double precision not null,
    selected      boolean          not null,
    reserve_rank  int,
    primary key (draw_id, position),
    unique (draw_id, respondent_id)
);

-- Per value of each category: registered, target, expected and selected seats, as the engine reported them. Public.
create table selection.draw_values (
    draw_id    uuid             not null references selection.draws (id),
    position   int              not null,
    category   text             not null,
    value      text             not null,
    registered int              not null,
    min_seats  int              not null,
    max_seats  int              not null,
    expected   double precision not null,
    selected   int              not null,
    primary key (draw_id, position)
);
