-- The invitation letter's text, one per assembly. Absent until an organiser saves it; the default text is used till then.
create table recruitment.letters (
    assembly_id uuid primary key,
    language    text        not null,
    sender      text        not null,
    contact     text        not null,
    body        text        not null,
    signature   text        not null,
    updated_at  timestamptz not null
);
