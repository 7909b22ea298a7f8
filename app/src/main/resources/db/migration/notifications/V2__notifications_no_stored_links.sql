-- One-time links are never stored: a message keeps its body with such links removed, and what it was written for
-- (its kind and the id it is about), so that retrying it writes it again with a fresh link.
alter table notifications.messages add column kind text;
alter table notifications.messages add column reference text;

-- Messages stored before this change hold invitation links with working tokens: remove them.
update notifications.messages
set body = regexp_replace(body, 'https?://\S*/invitations/[A-Za-z0-9_-]+', '[one-time link removed]', 'g')
where body ~ '/invitations/[A-Za-z0-9_-]+';
