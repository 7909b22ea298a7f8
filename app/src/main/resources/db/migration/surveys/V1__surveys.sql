-- Questionnaires and their answers: feedback from members after each weekend, engagement surveys of residents,
-- follow-up surveys. A survey's questions are fixed once it opens (the application refuses changes; answers refer to
-- questions, and a question with answers is never deleted). Responses are anonymous: nothing here names a person.
create schema if not exists surveys;

create table surveys.surveys (
    id            uuid primary key,
    assembly_id   uuid        not null,
    title         text        not null check (length(title) between 1 and 200),
    -- The template it was made from: surveys from the same template are compared with each other (the weekends).
    template      text        not null check (template in ('FEEDBACK', 'ENGAGEMENT', 'BLANK')),
    base_language text        not null check (length(base_language) between 2 and 10),
    status        text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    closes_at     timestamptz,
    -- How many people were asked (members, or households written to), for the response rate.
    expected      int check (expected between 1 and 10000000),
    -- The key of the public link: whoever has it may answer, nothing more.
    token         text        not null unique check (length(token) between 16 and 64),
    created_at    timestamptz not null,
    version       int         not null default 0
);
create index surveys_assembly_idx on surveys.surveys (assembly_id, created_at);

create table surveys.questions (
    id               uuid primary key,
    survey_id        uuid    not null references surveys.surveys (id) on delete cascade,
    position         int     not null check (position >= 0),
    -- A short name for the question, used as the column heading in exports and imports and to match the same
    -- question across the weekends' surveys.
    key              text    not null check (key ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    kind             text    not null check (kind in ('SCALE', 'SINGLE', 'MULTIPLE', 'TEXT', 'NUMBER', 'DATE')),
    required         boolean not null,
    section          text    not null default '' check (length(section) <= 200),
    -- Shown only to those who chose this option (1-based) of that earlier question.
    show_if_question uuid references surveys.questions (id) on delete set null,
    show_if_choice   int check (show_if_choice between 1 and 50),
    unique (survey_id, key)
);
create index questions_survey_idx on surveys.questions (survey_id, position);

-- The wording of a question in one language: its prompt and, one per line, its options (a choice question) or the
-- labels of the points 1 to 5 (a scale).
create table surveys.question_texts (
    question_id uuid not null references surveys.questions (id) on delete cascade,
    language    text not null check (length(language) between 2 and 10),
    prompt      text not null check (length(prompt) between 1 and 500),
    choices     text not null default '' check (length(choices) <= 4000),
    primary key (question_id, language)
);

create table surveys.responses (
    id           uuid primary key,
    survey_id    uuid        not null references surveys.surveys (id) on delete restrict,
    channel      text        not null check (channel in ('ONLINE', 'PAPER', 'IMPORT')),
    language     text        not null check (length(language) between 2 and 10),
    submitted_at timestamptz not null
);
create index responses_survey_idx on surveys.responses (survey_id, submitted_at);

-- One answer: a chosen option or scale point, a number, a date or a text. A multiple-choice answer is one row per
-- option chosen.
create table surveys.answers (
    response_id uuid not null references surveys.responses (id) on delete cascade,
    question_id uuid not null references surveys.questions (id) on delete restrict,
    choice      smallint check (choice between 1 and 50),
    number      numeric(15, 3),
    day         date,
    text        text check (length(text) between 1 and 4000),
    check (num_nonnulls(choice, number, day, text) = 1)
);
create index answers_question_idx on surveys.answers (question_id, choice);
create index answers_response_idx on surveys.answers (response_id);

-- Files of responses exported by another survey tool, between the check and the organiser's go-ahead.
create table surveys.uploads (
    id          uuid primary key,
    survey_id   uuid        not null references surveys.surveys (id) on delete cascade,
    file_name   text        not null,
    content     bytea       not null,
    uploaded_by uuid,
    uploaded_at timestamptz not null
);
