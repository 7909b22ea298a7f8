-- Surveys for the assembly's members only, answered from their member page after logging in: each member answers
-- once. Who answered is kept apart from what they answered (surveys.respondents), unless the survey is identified,
-- when each response names its member (for follow-up, with the members told so on the form).
alter table surveys.surveys add column audience text not null default 'PUBLIC'
    check (audience in ('PUBLIC', 'MEMBERS'));
alter table surveys.surveys add column identified boolean not null default false;
alter table surveys.responses add column user_id uuid;

create table surveys.respondents (
    survey_id uuid not null references surveys.surveys (id) on delete cascade,
    user_id   uuid not null,
    primary key (survey_id, user_id)
);
