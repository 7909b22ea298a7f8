-- Respondents recruited elsewhere and imported from a file. They are not on the address list (which invitation
-- rounds draw from), so they have no household row: their area is stored with them, and people who share a
-- household key are one household for the lottery (someone without a key is a household of their own).
alter table recruitment.respondents alter column household_id drop not null;
alter table recruitment.respondents add column area text;
alter table recruitment.respondents add column household_key text;
alter table recruitment.respondents drop constraint respondents_channel_check;
alter table recruitment.respondents
    add constraint respondents_channel_check check (channel in ('ONLINE', 'PHONE', 'IMPORT'));
alter table recruitment.respondents
    add constraint respondents_household_or_import check (
        (channel = 'IMPORT' and household_id is null and area is not null)
        or (channel <> 'IMPORT' and household_id is not null and area is null and household_key is null));

-- Uploads are address files or respondent files; each is only ever imported as what it was uploaded as.
alter table recruitment.uploads add column kind text not null default 'ADDRESSES'
    check (kind in ('ADDRESSES', 'RESPONDENTS'));
