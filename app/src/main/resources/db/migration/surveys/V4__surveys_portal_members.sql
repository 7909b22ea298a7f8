-- Members also answer members' surveys from the member portal, signed in with their card rather than an account: who
-- answered is then their member id. Each response still names nobody unless its survey is identified.
alter table surveys.respondents drop constraint respondents_pkey;
alter table surveys.respondents alter column user_id drop not null;
alter table surveys.respondents add column member_id uuid;
alter table surveys.respondents add constraint respondents_one_person check (num_nonnulls(user_id, member_id) = 1);
create unique index respondents_user_key on surveys.respondents (survey_id, user_id) where user_id is not null;
create unique index respondents_member_key on surveys.respondents (survey_id, member_id) where member_id is not null;
alter table surveys.responses add column member_id uuid;
