-- Sign-in cards for the member portal: a member signs in with the short code printed on their card (or its QR code),
-- no password. Only a hash of each code is kept, so the table cannot be read back into working codes; a card is
-- shown once, when printed. Printing a new card for a member replaces the row, which ends sessions opened with the
-- old one (they carry the card's id).
create table members.portal_cards (
    id          uuid primary key,
    member_id   uuid        not null unique references members.members (id) on delete cascade,
    code_hash   text        not null unique,
    issued_at   timestamptz not null,
    issued_by   uuid
);
