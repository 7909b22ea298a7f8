-- Once a ballot opens, what it asks and how it counts are fixed; once it closes and is sealed, nothing about it
-- changes. The application's database role could otherwise, after a close, add a vote and its seal link, or change an
-- item's wording or a threshold, and a count would still come out "intact" (attacker review, issue 13). These
-- triggers belong to the owner of the schema, which the application's role is not, so it can neither drop nor
-- disable them.
alter table voting.ballots add column sealed boolean not null default false;
update voting.ballots set sealed = true where status = 'CLOSED';

create function voting.ballot_stays_put() returns trigger language plpgsql as $$
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
            or new.created_at <> old.created_at then
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
create trigger ballots_stay_put before update or delete on voting.ballots
    for each row execute function voting.ballot_stays_put();

create function voting.items_only_in_drafts() returns trigger language plpgsql as $$
declare
    ballot uuid := coalesce(new.ballot_id, old.ballot_id);
begin
    if exists (select 1 from voting.ballots where id = ballot and status <> 'DRAFT') then
        raise exception 'the items of ballot % are fixed', ballot using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end $$;
create trigger items_only_in_drafts before insert or update or delete on voting.items
    for each row execute function voting.items_only_in_drafts();

create function voting.votes_only_while_open() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from voting.ballots where id = new.ballot_id and status = 'OPEN') then
        raise exception 'ballot % is not open', new.ballot_id using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger votes_only_while_open before insert on voting.votes
    for each row execute function voting.votes_only_while_open();

create function voting.seals_only_at_the_close() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from voting.ballots where id = new.ballot_id and status = 'CLOSED' and not sealed) then
        raise exception 'ballot % is not being sealed', new.ballot_id using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger seals_only_at_the_close before insert on voting.seals
    for each row execute function voting.seals_only_at_the_close();
