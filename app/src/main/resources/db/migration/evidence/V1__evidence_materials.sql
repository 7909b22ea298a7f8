-- Evidence materials: files and written pages the assembly learns from, with their versions per language (the
-- original and each translation), the versions last published, and the team's comments. Assemblies, programme
-- sessions and users are referred to by id only, without foreign keys. Comments name their author (a user id); the
-- materials themselves hold no personal data about members.
create schema if not exists evidence;

create table evidence.materials (
    id           uuid primary key,
    assembly_id  uuid        not null,
    topic        text        not null check (length(topic) between 1 and 100),
    perspective  text        not null check (perspective in ('EXPERT', 'LIVED_EXPERIENCE', 'ADVOCACY', 'INSTITUTION')),
    session_id   uuid,
    is_public    boolean     not null default false,
    language     text        not null check (language ~ '^[a-z]{2,3}$'),
    status       text        not null check (status in
                     ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED')),
    revision     int         not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index materials_assembly_idx on evidence.materials (assembly_id);

-- Every version is kept: a new upload or edit adds one, numbered per material and language from 1. A version is a
-- file (its name, the type its bytes showed, its bytes) or a page (its text).
create table evidence.versions (
    material_id uuid        not null references evidence.materials (id) on delete cascade,
    language    text        not null check (language ~ '^[a-z]{2,3}$'),
    number      int         not null check (number >= 1),
    title       text        not null check (length(title) between 1 and 200),
    file_name   text        check (length(file_name) between 1 and 200),
    media_type  text,
    content     bytea,
    body        text        not null default '' check (length(body) <= 50000),
    created_by  uuid,
    created_at  timestamptz not null,
    primary key (material_id, language, number),
    check ((file_name is null) = (content is null) and (file_name is null) = (media_type is null)),
    check (file_name is not null or length(body) >= 1)
);

-- The version of each language that readers see, set when organisers publish an approved material; it stays while a
-- newer version is reviewed, until the material is published again.
create table evidence.published_versions (
    material_id uuid not null references evidence.materials (id) on delete cascade,
    language    text not null,
    number      int  not null,
    primary key (material_id, language),
    foreign key (material_id, language, number) references evidence.versions (material_id, language, number)
);

create table evidence.comments (
    id          uuid primary key,
    material_id uuid        not null references evidence.materials (id) on delete cascade,
    author_id   uuid,
    body        text        not null check (length(body) between 1 and 4000),
    created_at  timestamptz not null,
    seq         bigint      generated always as identity
);
create index comments_material_idx on evidence.comments (material_id, created_at, seq);
