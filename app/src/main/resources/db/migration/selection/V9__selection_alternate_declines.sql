-- Alternates who said no when the organisers asked them, per first draw. They are not counted among the alternates
-- left, and a replacement draw from the alternates does not consider them. Kept apart from the choice of alternates, so
-- that choosing again does not forget who already said no. No foreign key to the respondent (recruitment's table).
create table selection.alternate_declines (
    draw_id       uuid        not null references selection.draws (id),
    respondent_id uuid        not null,
    declined_at   timestamptz not null,
    declined_by   text        not null,
    primary key (draw_id, respondent_id)
);
