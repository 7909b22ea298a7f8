-- The draw ceremony whose pseudonyms a mailing gave (its number within the assembly; null: it gave none, or it was
-- sent before this column). Letters printed later must give the same ceremony's lines, not those of a newer one.
alter table messaging.mailings add column ceremony_number int;
