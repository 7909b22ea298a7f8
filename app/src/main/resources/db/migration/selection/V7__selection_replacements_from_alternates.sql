-- A replacement draw may choose from the first draw's alternates only, instead of everyone left in the pool.
alter table selection.draws add column from_alternates boolean not null default false;
