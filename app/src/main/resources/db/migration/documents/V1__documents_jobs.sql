-- Documents made as persisted jobs (the documents module): one row per request, taken by one node at a time
-- (select … for update skip locked), kept alive by its heartbeat (database time) and taken up again when the node
-- making it stops. The finished file is stored in the row so that any node can send it; rows are deleted a few days
-- after they finish, as letters hold addresses and registration codes.
create schema if not exists documents;

create table documents.jobs (
    id           uuid primary key,
    assembly_id  uuid        not null,
    kind         text        not null check (length(kind) between 1 and 60),
    subject      text        not null check (length(subject) <= 100),
    file_name    text        not null check (length(file_name) between 1 and 200),
    media_type   text        not null check (length(media_type) between 1 and 100),
    status       text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    attempts     integer     not null default 0 check (attempts >= 0),
    problem      text        not null default '' check (length(problem) <= 100),
    heartbeat_at timestamptz,
    content      bytea,
    size         bigint      not null default 0,
    requested_by uuid,
    requested_at timestamptz not null,
    finished_at  timestamptz,
    check ((status = 'DONE') = (content is not null))
);
create index jobs_waiting on documents.jobs (requested_at) where status = 'QUEUED';
create index jobs_running on documents.jobs (heartbeat_at) where status = 'RUNNING';
create index jobs_subject on documents.jobs (assembly_id, kind, subject, requested_at desc);
