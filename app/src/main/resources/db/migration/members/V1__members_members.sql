-- Members of an assembly: selected respondents who confirmed, or people imported or added by hand. Other modules'
-- data is referred to by id only (assembly, respondent, user), without foreign keys.
create schema if not exists members;

create table members.members (
    id                uuid primary key,
    assembly_id       uuid        not null,
    respondent_id     uuid,
    first_name        text        not null,
    last_name         text        not null,
    email             text        not null default '',
    phone             text        not null default '',
    language          text        not null,
    interpreter       boolean     not null default false,
    access_needs      text        not null default '',
    wellbeing_notes   text        not null default '',
    honorarium_pence  bigint      not null default 0 check (honorarium_pence >= 0),
    expenses_pence    bigint      not null default 0 check (expenses_pence >= 0),
    honorarium_paid   boolean     not null default false,
    expenses_paid     boolean     not null default false,
    status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
    withdrawn_on      date,
    withdrawal_reason text        not null default '',
    replaced_by       uuid references members.members (id),
    source            text        not null check (source in ('SELECTION', 'IMPORT', 'BY_HAND')),
    version           int         not null default 0,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    check ((status = 'WITHDRAWN') = (withdrawn_on is not null))
);
create index members_assembly_idx on members.members (assembly_id);
create index members_replaced_by_idx on members.members (replaced_by);
-- A respondent becomes a member once per assembly, however often selection tells us they confirmed.
create unique index members_respondent_key on members.members (assembly_id, respondent_id)
    where respondent_id is not null;

-- Each member's value in each stratification category, by the category's name.
create table members.member_values (
    member_id uuid not null references members.members (id) on delete cascade,
    category  text not null,
    value     text not null,
    primary key (member_id, category)
);

-- A row means the member was checked in on that day. Days belong to the assembly module and are identified by their
-- date, which is unique within an assembly.
create table members.attendance (
    member_id     uuid        not null references members.members (id) on delete cascade,
    day_date      date        not null,
    checked_in_at timestamptz not null,
    checked_in_by uuid,
    primary key (member_id, day_date)
);

-- Member files between the check and the organiser's go-ahead; deleted on import or cancel, or after a day.
create table members.uploads (
    id          uuid primary key,
    assembly_id uuid        not null,
    file_name   text        not null,
    content     bytea       not null,
    uploaded_by uuid        not null,
    uploaded_at timestamptz not null
);
