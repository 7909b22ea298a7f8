-- As draws (V5): the node computing a ceremony's lottery refreshes its heartbeat, and every node marks failed a
-- ceremony still computing whose heartbeat stopped (its process stopped), instead of each node guessing from the start
-- time and its own memory. Rows from before start with the time of this change.
alter table selection.ceremonies add column heartbeat_at timestamptz not null default now();
