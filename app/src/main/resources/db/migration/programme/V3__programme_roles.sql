-- Who leads each session (a user of the team, by id, without a foreign key to identity), and what each person on
-- the team is responsible for, in the organiser's words, for the assembly's roles and responsibilities page.
alter table programme.sessions add column lead_id uuid;

create table programme.responsibilities (
    assembly_id uuid        not null,
    user_id     uuid        not null,
    duties      text        not null check (length(duties) between 1 and 1000),
    updated_at  timestamptz not null,
    primary key (assembly_id, user_id)
);
