-- A failed attempt is tried again only after a pause that grows with each attempt (minipublic.documents.retry-after
-- times the attempts made), so that a passing fault (the database restarting, a full disk) has time to pass.
alter table documents.jobs add column not_before timestamptz;
