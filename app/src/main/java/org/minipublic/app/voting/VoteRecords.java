package org.minipublic.app.voting;

import java.util.List;
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
