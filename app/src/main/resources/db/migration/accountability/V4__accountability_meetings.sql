-- Review meetings: the bodies answerable for the action plan meeting to review it (the community safety
-- partnership's quarterly review, say), with who attended as bodies or roles, the minutes and the decisions taken.
-- Minutes and decisions are public record: the public page shows them once the plan is published.
create table accountability.meetings (
    id          uuid primary key,
    assembly_id uuid        not null,
    held_on     date        not null,
    title       text        not null check (length(title) between 1 and 200),
    attendees   text        not null default '' check (length(attendees) <= 1000),
    minutes     text        not null default '' check (length(minutes) <= 20000),
    created_at  timestamptz not null,
    version     int         not null default 0
);
create index meetings_assembly_idx on accountability.meetings (assembly_id, held_on);

-- What a meeting decided, in the order recorded, each optionally about actions and recommendations of the plan.
create table accountability.decisions (
    id         uuid primary key,
    meeting_id uuid        not null references accountability.meetings (id) on delete cascade,
    body       text        not null check (length(body) between 1 and 2000),
    created_at timestamptz not null
);
create index decisions_meeting_idx on accountability.decisions (meeting_id, created_at);

create table accountability.decision_actions (
    decision_id uuid not null references accountability.decisions (id) on delete cascade,
    action_id   uuid not null references accountability.actions (id) on delete cascade,
    primary key (decision_id, action_id)
);
create index decision_actions_action_idx on accountability.decision_actions (action_id);

-- A recommendation a decision is about; removing a recommendation (only possible while nothing answers it) drops
-- the link, not the decision.
create table accountability.decision_recommendations (
    decision_id       uuid not null references accountability.decisions (id) on delete cascade,
    recommendation_id uuid not null references accountability.recommendations (id) on delete cascade,
    primary key (decision_id, recommendation_id)
);
