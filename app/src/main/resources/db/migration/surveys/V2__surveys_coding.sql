-- Coding free-text answers: a survey's codes (themes, in a hierarchy), which answers carry which codes, and the
-- answers picked as quotes for the report, each as the organiser anonymised it.
create table surveys.codes (
    id        uuid primary key,
    survey_id uuid not null references surveys.surveys (id) on delete cascade,
    parent_id uuid references surveys.codes (id) on delete restrict,
    name      text not null check (length(name) between 1 and 100),
    -- Words that suggest the code: an answer containing any of them is offered the code.
    keywords  text not null default '' check (length(keywords) <= 1000),
    position  int  not null check (position >= 0)
);
create index codes_survey_idx on surveys.codes (survey_id, position);

-- A free-text answer is one response's answer to one question, so the pair names it.
create table surveys.answer_codes (
    response_id uuid not null references surveys.responses (id) on delete cascade,
    question_id uuid not null references surveys.questions (id) on delete cascade,
    code_id     uuid not null references surveys.codes (id) on delete cascade,
    primary key (response_id, question_id, code_id)
);
create index answer_codes_code_idx on surveys.answer_codes (code_id);

create table surveys.quotes (
    id          uuid primary key,
    survey_id   uuid        not null references surveys.surveys (id) on delete cascade,
    response_id uuid        not null references surveys.responses (id) on delete cascade,
    question_id uuid        not null references surveys.questions (id) on delete cascade,
    text        text        not null check (length(text) between 1 and 1000),
    picked_at   timestamptz not null,
    unique (response_id, question_id)
);
create index quotes_survey_idx on surveys.quotes (survey_id, picked_at);
