-- The node running a table plan refreshes its heartbeat every few seconds (database time). Every node sweeps for
-- running plans whose heartbeat is older than a timeout: their process stopped, so they are marked failed and can be
-- run again. A plan another node is running keeps a fresh heartbeat and is left alone (as selection.draws does).
alter table tables.runs add column heartbeat_at timestamptz;
update tables.runs set heartbeat_at = started_at where status = 'RUNNING';
