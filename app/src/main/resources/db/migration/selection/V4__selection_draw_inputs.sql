-- The two files the engine's verify command reads, as the draw read them: the targets (with their flexible limits)
-- and the pool (respondent id, household id and the value in every category, nothing else). They are written when
-- the draw ends, in the transaction that stores its result, so that later edits of the pool or the targets never
-- change what a draw is checked against. Draws made before this table have none.
create table selection.draw_inputs (
    draw_id     uuid primary key references selection.draws (id),
    targets_csv text not null,
    people_csv  text not null
);
