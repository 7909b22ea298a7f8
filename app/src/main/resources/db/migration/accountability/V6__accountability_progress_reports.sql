-- Progress reports on the action plan: the first a number of months after the response deadline (or, without one,
-- after the plan was first published), then one every so many months, set per assembly. A report is a narrative
-- introduction over a period; the rest (each action's status at the period's end, its updates and milestones in the
-- period) is read from the dated record when the report is shown. Every draft and every published version is kept.
alter table accountability.settings
    add column first_report_months int not null default 3 check (first_report_months between 1 and 24),
    add column report_every_months int not null default 6 check (report_every_months between 1 and 24),
    add column published_on        date;

create table accountability.progress_reports (
    id           uuid primary key,
    assembly_id  uuid        not null,
    period_start date        not null,
    period_end   date        not null check (period_start < period_end),
    intro        text        not null default '' check (length(intro) <= 8000),
    created_at   timestamptz not null,
    published_at timestamptz,
    version      int         not null default 0
);
create index progress_reports_assembly_idx on accountability.progress_reports (assembly_id, period_end, created_at);
