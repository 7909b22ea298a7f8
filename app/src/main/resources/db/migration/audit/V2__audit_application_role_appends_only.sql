-- The application's database role may add entries and read them, nothing else: without the right to update,
-- delete or truncate, and without owning the table (only its owner may disable the triggers), it cannot change
-- the log even if it wanted to. ${app_role} is the role the application connects as (ADR 0011); the owner role runs
-- this migration. Tables without a grant like this one get the usual rights after each migration.
grant usage on schema audit to "${app_role}";
grant select, insert on audit.entries to "${app_role}";
