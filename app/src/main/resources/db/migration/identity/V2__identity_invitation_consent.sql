-- Joining a team needs the invitee's consent, also when they already have an account: every invitation is answered
-- (accepted or declined). A link's token is made when its e-mail is written, so the hash is empty until then, and
-- invitations to existing accounts never get one (their holder answers after logging in). The e-mail's language is
-- kept so that a failed e-mail can be written again.
alter table identity.invitations alter column token_hash drop not null;
alter table identity.invitations add column language text not null default 'en';
alter table identity.invitations add column declined_at timestamptz;
create index invitations_email_idx on identity.invitations (lower(email));

-- Events published before this change carried the invitation link with its token. Undelivered ones are dropped
-- rather than kept with a working secret; their invitations can be sent again from the team page.
delete from public.event_publication
where event_type in ('org.minipublic.app.identity.UserInvited', 'org.minipublic.app.identity.UserAddedToAssembly');
