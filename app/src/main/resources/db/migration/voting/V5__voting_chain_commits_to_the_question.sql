-- The seal's chain now starts from the ballot's definition (its title, method, rule, scale and items with their ids
-- and texts, docs/voting.md), so that a question or a rule changed after the close no longer leads to the published
-- seal. Ballots keep the start they were sealed with: chain version 1 starts from the ballot's id alone, version 2
-- from its definition. Ballots that have opened stay at 1; drafts and new ballots use 2.
alter table voting.ballots add column chain_version int not null default 1 check (chain_version in (1, 2));
update voting.ballots set chain_version = 2 where status = 'DRAFT';
alter table voting.ballots alter column chain_version set default 2;

-- As V4, with the chain version fixed once the ballot has opened as well.
create or replace function voting.ballot_stays_put() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'ballot % has opened and is kept for good', old.id using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.status = 'DRAFT' then
        return new;
    end if;
    -- An open ballot may only close; a closed one only receive its seal, once.
    if new.id <> old.id or new.assembly_id <> old.assembly_id or new.title <> old.title or new.method <> old.method
            or new.labels <> old.labels or new.at_least <> old.at_least or new.percent <> old.percent
            or new.more_than <> old.more_than or new.base <> old.base or new.top_n <> old.top_n
            or new.count_method <> old.count_method
            or new.requires_ballot_id is distinct from old.requires_ballot_id
            or new.eligible <> old.eligible or new.opened_at is distinct from old.opened_at
            or new.created_at <> old.created_at or new.chain_version <> old.chain_version then
        raise exception 'ballot % has opened: what it asks is fixed', old.id using errcode = 'P0001';
    end if;
    if old.status = 'OPEN' and new.status = 'CLOSED' and not new.sealed and new.chain_head = old.chain_head then
        return new;
    end if;
    if old.status = 'CLOSED' and not old.sealed and new.status = 'CLOSED' and new.sealed
            and new.closed_at = old.closed_at then
        return new;
    end if;
    raise exception 'ballot % may not change from % this way', old.id, old.status using errcode = 'P0001';
end $$;
