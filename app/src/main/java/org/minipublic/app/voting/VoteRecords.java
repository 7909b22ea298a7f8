package org.minipublic.app.voting;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adds and reads votes ({@code voting.votes}) and their seal ({@code voting.seals}); the application's database role
 * can do nothing else with either.
 */
@Repository
class VoteRecords {

    private final JdbcClient jdbc;

    VoteRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BallotId ballot, VoteChain.Vote vote) {
        jdbc.sql("insert into voting.votes (ballot_id, receipt, answers) values (:b, :r, :a)")
                .param("b", ballot.value())
                .param("r", vote.receipt())
                .param("a", vote.answers())
                .update();
    }

    /**
     * What one cast came to: the ballot's status as the cast found it (empty for no such ballot), and whether the code
     * was used and the vote stored.
     */
    record Cast(Optional<BallotStatus> status, boolean stored) {}

    /**
     * Uses the code and stores the vote in one statement, only if the ballot is open and the code unused: one trip to
     * the database instead of three, which is most of a cast's own cost when a room votes at once (docs/benchmarks.md).
     * The ballot's row is read with a shared lock, so a ballot being closed waits for the cast, and a cast that finds
     * it closed stores nothing.
     */
    Cast castIfOpen(BallotId ballot, byte[] codeHash, VoteChain.Vote vote) {
        return jdbc.sql(
                        """
                        with ballot as (select status from voting.ballots where id = :b for share),
                        used as (
                            update voting.codes set used = true
                            where code_hash = :h and ballot_id = :b and not used
                              and (select status from ballot) = 'OPEN'
                            returning ballot_id),
                        stored as (
                            insert into voting.votes (ballot_id, receipt, answers)
                            select ballot_id, :r, :a from used
                            returning 1)
                        select (select status from ballot), (select count(*) from stored)
                        """)
                .param("b", ballot.value())
                .param("h", codeHash)
                .param("r", vote.receipt())
                .param("a", vote.answers())
                .query((rs, row) ->
                        new Cast(Optional.ofNullable(rs.getString(1)).map(BallotStatus::valueOf), rs.getInt(2) == 1))
                .single();
    }

    /** Every vote of the ballot, in receipt order. */
    List<VoteChain.Vote> all(BallotId ballot) {
        return jdbc.sql("select receipt, answers from voting.votes where ballot_id = :b order by receipt collate \"C\"")
                .param("b", ballot.value())
                .query((rs, row) -> new VoteChain.Vote(rs.getString(1), rs.getString(2)))
                .list();
    }

    int count(BallotId ballot) {
        return jdbc.sql("select count(*) from voting.votes where ballot_id = :b")
                .param("b", ballot.value())
                .query(Integer.class)
                .single();
    }

    void insertSeal(BallotId ballot, List<VoteChain.Link> links) {
        for (var link : links) {
            jdbc.sql("insert into voting.seals (ballot_id, position, receipt, hash) values (:b, :p, :r, :h)")
                    .param("b", ballot.value())
                    .param("p", link.position())
                    .param("r", link.receipt())
                    .param("h", link.hash())
                    .update();
        }
    }

    /** The seal as stored: receipts and hashes in position order (answers and previous hashes left empty). */
    List<VoteChain.Link> seal(BallotId ballot) {
        return jdbc.sql("select position, receipt, hash from voting.seals where ballot_id = :b order by position")
                .param("b", ballot.value())
                .query((rs, row) -> new VoteChain.Link(rs.getInt(1), rs.getString(2), "", new byte[0], rs.getBytes(3)))
                .list();
    }
}
