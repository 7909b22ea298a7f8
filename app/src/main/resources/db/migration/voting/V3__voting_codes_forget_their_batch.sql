-- A code's batch is needed only to void a sheet before the ballot opens. Once it opens, the link is dropped: a vote
-- and the code it used are written in one transaction and so share a transaction id (xmin), and code -> batch ->
-- issued member would otherwise lead from a vote to its voter (ADR 12).
alter table voting.codes alter column batch_id drop not null;
