-- Paper ballots, typed in by facilitators: each paper is entered twice, by two people, and counts only when both
-- entries agree, or when an organiser settles a difference with the paper in hand. An entry names the hash of the
-- paper's code (and its first five characters, to find the paper; not enough to vote with) and who typed it: never a
-- member, and no time. Entries are deleted once the paper's vote is counted.
create table voting.paper_entries (
    ballot_id  uuid  not null references voting.ballots (id) on delete cascade,
    code_hash  bytea not null,
    code_start text  not null check (length(code_start) = 5),
    entered_by uuid  not null,
    answers    text  not null check (length(answers) <= 400),
    primary key (ballot_id, code_hash, entered_by)
);
