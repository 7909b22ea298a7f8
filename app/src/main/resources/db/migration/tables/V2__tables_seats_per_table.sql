-- The most members a table can seat (0: as many as the even split gives), so that a plan that cannot fit everyone is
-- refused with the numbers instead of crowding tables.
alter table tables.settings add column seats_per_table int not null default 0 check (seats_per_table between 0 and 100);
