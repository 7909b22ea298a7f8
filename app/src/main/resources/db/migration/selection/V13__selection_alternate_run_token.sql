-- Each claim of a choice of alternates gets its own id, which the job carries: only the job that made the current
-- claim may beat, finish or fail it. Without it, a job swept as abandoned (its heartbeat late, its process alive) and
-- finishing afterwards would store its choice and clear the claim of a newer choice started meanwhile.
alter table selection.alternate_runs add column run_id uuid;
