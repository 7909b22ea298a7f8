-- What the institution did with the recommendations: its response to each, what members made of the response, the
-- actions it took and their progress. Recommendations are copied in (from a closed ballot's adopted items, with their
-- vote figures, or typed in), so that this record stands even if a ballot's wording is later disputed.
create schema if not exists accountability;

-- Per assembly: when the institution promised to respond, and whether the public page is out.
create table accountability.settings (
    assembly_id  uuid primary key,
    response_due date,
    published    boolean not null default false
);

create table accountability.recommendations (
    id          uuid primary key,
    assembly_id uuid not null,
    position    int  not null check (position >= 0),
    title       text not null check (length(title) between 1 and 200),
    body        text not null default '' check (length(body) <= 4000),
    -- Where it came from, when it came from a ballot, and the vote: votes meeting the rule out of the base.
    ballot_id   uuid,
    item_id     uuid,
    vote_meeting int check (vote_meeting >= 0),
    vote_base    int check (vote_base >= 0),
    adopted      boolean,
    unique (assembly_id, position),
    unique (assembly_id, item_id)
);

-- The institution's answer to one recommendation, and beside it the members' own verdict on that answer (0-10, as
-- France's climate convention did), so that "under consideration" is not read as "done". A recommendation with a
-- response or an action is never deleted (restrict, not cascade): that is the record residents follow.
create table accountability.responses (
    recommendation_id uuid primary key references accountability.recommendations (id) on delete restrict,
    status            text not null check (status in ('ACCEPTED', 'ACCEPTED_IN_PART', 'NOT_ACCEPTED',
                                                      'UNDER_CONSIDERATION')),
    reasoning         text not null check (length(reasoning) between 1 and 4000),
    responsible_body  text not null default '' check (length(responsible_body) <= 200),
    officer           text not null default '' check (length(officer) <= 200),
    responded_on      date not null,
    verdict_score     numeric(3, 1) check (verdict_score between 0 and 10),
    verdict_statement text not null default '' check (length(verdict_statement) <= 4000),
    version           int  not null default 0
);

create table accountability.actions (
    id          uuid primary key,
    assembly_id uuid        not null,
    title       text        not null check (length(title) between 1 and 200),
    description text        not null default '' check (length(description) <= 4000),
    owner       text        not null check (length(owner) between 1 and 200),
    partners    text        not null default '' check (length(partners) <= 400),
    status      text        not null check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE')),
    created_at  timestamptz not null,
    version     int         not null default 0
);
create index actions_assembly_idx on accountability.actions (assembly_id, created_at);

create table accountability.action_recommendations (
    action_id         uuid not null references accountability.actions (id) on delete cascade,
    recommendation_id uuid not null references accountability.recommendations (id) on delete restrict,
    primary key (action_id, recommendation_id)
);

create table accountability.milestones (
    id        uuid primary key,
    action_id uuid not null references accountability.actions (id) on delete cascade,
    title     text not null check (length(title) between 1 and 200),
    due_on    date not null,
    done_on   date
);
create index milestones_action_idx on accountability.milestones (action_id, due_on);

-- Dated progress on an action, each with the status it left the action in and, where there is one, a link to the
-- evidence (minutes, a published report).
create table accountability.updates (
    id           uuid primary key,
    action_id    uuid        not null references accountability.actions (id) on delete cascade,
    body         text        not null check (length(body) between 1 and 4000),
    evidence_url text        not null default '' check (length(evidence_url) <= 500),
    status       text        not null check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE')),
    posted_by    uuid,
    posted_at    timestamptz not null
);
create index updates_action_idx on accountability.updates (action_id, posted_at);
