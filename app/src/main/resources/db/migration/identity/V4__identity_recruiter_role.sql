-- The recruiter role: people who phone the selected respondents to confirm their place.
alter table identity.assembly_roles drop constraint assembly_roles_role_check;
alter table identity.assembly_roles add constraint assembly_roles_role_check check (role in
    ('ORGANISER', 'FACILITATOR', 'ADVISORY_BOARD', 'INSTITUTION_OFFICER', 'MEMBER', 'RECRUITER'));
