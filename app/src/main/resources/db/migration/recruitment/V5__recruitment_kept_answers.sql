-- What is kept of people who were not chosen once their personal data is deleted: their values in each category
-- (area, age band, answers), for statistics. "person" is a new random id made at deletion, so that one person's
-- values can be counted together, and it links to nothing: not to the respondent id the draws keep.
create table recruitment.kept_answers (
    assembly_id uuid not null,
    person      uuid not null,
    category    text not null,
    value       text not null,
    primary key (person, category)
);
create index kept_answers_assembly_idx on recruitment.kept_answers (assembly_id);
