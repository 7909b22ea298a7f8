-- Reminders to action owners. An action may carry its owner's e-mail address (an officer's work address: personal
-- data, never shown on the public page or in the open data), to which the reminder job writes before a milestone's
-- due date and when no update has been posted for a while. How long before, and how long a while, is set per
-- assembly.
alter table accountability.actions
    add column owner_email text not null default '' check (length(owner_email) <= 254);

alter table accountability.settings
    add column remind_days_before int not null default 14 check (remind_days_before between 1 and 365),
    add column remind_quiet_days  int not null default 90 check (remind_quiet_days between 7 and 730);

-- One row per reminder sent: the keys make each go once, even when two nodes run the job at the same moment.
create table accountability.milestone_reminders (
    milestone_id uuid        not null references accountability.milestones (id) on delete cascade,
    due_on       date        not null,
    sent_at      timestamptz not null,
    primary key (milestone_id, due_on)
);

-- A "no update" reminder, once per period of the assembly's quiet days counted from the action's last update (or
-- from when it was added, before any update).
create table accountability.update_reminders (
    action_id    uuid        not null references accountability.actions (id) on delete cascade,
    period_start date        not null,
    sent_at      timestamptz not null,
    primary key (action_id, period_start)
);
