-- The node running a draw refreshes its heartbeat every few seconds (database time). Every node sweeps for running
-- draws whose heartbeat is older than a timeout: their process stopped, so they are marked failed and can be run
-- again. A draw another node is running keeps a fresh heartbeat and is left alone.
alter table selection.draws add column heartbeat_at timestamptz;
