package org.minipublic.app.voting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adds and reads votes in {@code voting.votes}; the application's database role can do nothing else there. */
@Repository
class VoteRecords {

    private final JdbcClient jdbc;

    VoteRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BallotId ballot, VoteChain.Link link) {
        jdbc.sql(
                        """
                insert into voting.votes (ballot_id, position, answers, previous_hash, hash)
                values (:b, :p, :a, :prev, :hash)
                """)
                .param("b", ballot.value())
                .param("p", link.position())
                .param("a", link.answers())
                .param("prev", link.previousHash())
                .param("hash", link.hash())
                .update();
    }

    /** Every vote of the ballot, in chain order. */
    List<VoteChain.Link> all(BallotId ballot) {
        return jdbc.sql("select position, answers, previous_hash, hash from voting.votes where ballot_id = :b"
                        + " order by position")
                .param("b", ballot.value())
                .query((rs, row) -> new VoteChain.Link(rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)))
                .list();
    }
}
