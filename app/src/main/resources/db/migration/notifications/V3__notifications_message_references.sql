-- Erasing someone blanks the messages sent about them by id, never by address: an address may be shared (a family, a
-- member of staff who registered too), and everyone else's mail must stay. Messages other modules keep no id of, such
-- as the e-mail confirming a registration, are found by what they were written for (kind and reference).
create index messages_reference_idx on notifications.messages (kind, reference) where kind is not null;
