-- Comments and amendments members write themselves on the member portal (issue 13).
--
-- member_id names the member who wrote a comment or proposed an amendment on the portal (null for those the team typed
-- in), so that the portal can mark a member's own and refuse the same text sent twice. It is an id from the members
-- module, without a foreign key (modules refer to each other by id only). Neither row stores the member's name.
alter table deliberation.comments add column member_id uuid;
alter table deliberation.amendments add column member_id uuid;
create index comments_member_idx on deliberation.comments (draft_id, member_id) where member_id is not null;
create index amendments_member_idx on deliberation.amendments (draft_id, member_id) where member_id is not null;
