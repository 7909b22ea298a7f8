-- Speakers the assembly hears, and which sessions they speak in. A speaker's name and biography are published only
-- with their consent (consent_to_publish).
create table programme.speakers (
    id                 uuid primary key,
    assembly_id        uuid        not null,
    name               text        not null check (length(name) between 1 and 200),
    organisation       text        not null default '' check (length(organisation) <= 200),
    perspective        text        not null check (perspective in ('EXPERT', 'LIVED_EXPERIENCE', 'ADVOCACY', 'INSTITUTION')),
    bio                text        not null default '' check (length(bio) <= 4000),
    consent_to_publish boolean     not null default false,
    version            int         not null default 0,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index speakers_assembly_idx on programme.speakers (assembly_id, lower(name));

create table programme.session_speakers (
    session_id uuid not null references programme.sessions (id) on delete cascade,
    speaker_id uuid not null references programme.speakers (id) on delete cascade,
    primary key (session_id, speaker_id)
);
create index session_speakers_speaker_idx on programme.session_speakers (speaker_id);
