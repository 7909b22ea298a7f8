package org.minipublic.app.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores who was given a code ({@code voting.issued}) and the codes' hashes ({@code voting.codes}), apart: a code row
 * names its batch, never its member, and holds no time.
 */
@Repository
class CodeRecords {

    private final JdbcClient jdbc;

    CodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of a code, found by its hash. */
    record StoredCode(BallotId ballot, boolean used) {}

    /** One sheet of slips: how many codes, and how many of them were used. */
    record Batch(UUID id, int size, int used, Instant issuedAt) {}

    void insertBatch(UUID batch, BallotId ballot, int size, @Nullable UserId by, Instant at) {
        jdbc.sql(
                        "insert into voting.batches (id, ballot_id, size, issued_by, issued_at) values (:id, :b, :n, :by, :at)")
                .param("id", batch)
                .param("b", ballot.value())
                .param("n", size)
                .param("by", by == null ? null : by.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    void issue(BallotId ballot, UUID batch, List<MemberId> members) {
        for (var member : members) {
            jdbc.sql("insert into voting.issued (ballot_id, member_id, batch_id) values (:b, :m, :batch)")
                    .param("b", ballot.value())
                    .param("m", member.value())
                    .param("batch", batch)
                    .update();
        }
    }

    /** Stores the codes' hashes, with their batch and nothing else. */
    void insertCodes(BallotId ballot, @Nullable UUID batch, List<BallotCode> codes) {
        for (var code : codes) {
            jdbc.sql("insert into voting.codes (code_hash, ballot_id, batch_id) values (:h, :b, :batch)")
                    .param("h", code.hash())
                    .param("b", ballot.value())
                    .param("batch", batch)
                    .update();
        }
    }

    /** Drops the codes' link to their batch, as the ballot opens (see the migration V3). */
    void forgetBatches(BallotId ballot) {
        jdbc.sql("update voting.codes set batch_id = null where ballot_id = :b")
                .param("b", ballot.value())
                .update();
    }

    Set<MemberId> issued(BallotId ballot) {
        return Set.copyOf(jdbc.sql("select member_id from voting.issued where ballot_id = :b")
                .param("b", ballot.value())
                .query((rs, row) -> new MemberId(rs.getObject(1, UUID.class)))
                .list());
    }

    List<Batch> batches(BallotId ballot) {
        return jdbc.sql(
                        """
                select b.id, b.size, b.issued_at,
                       (select count(*) from voting.codes c where c.batch_id = b.id and c.used) as used
                from voting.batches b where b.ballot_id = :b order by b.issued_at
                """)
                .param("b", ballot.value())
                .query((rs, row) -> new Batch(
                        rs.getObject("id", UUID.class),
                        rs.getInt("size"),
                        rs.getInt("used"),
                        rs.getTimestamp("issued_at").toInstant()))
                .list();
    }

    /** Removes a batch with its codes and issues, when none of its codes was used; false otherwise. */
    boolean voidBatch(BallotId ballot, UUID batch) {
        return jdbc.sql(
                                """
                delete from voting.batches b where b.id = :batch and b.ballot_id = :b
                and not exists (select 1 from voting.codes c where c.batch_id = b.id and c.used)
                """)
                        .param("batch", batch)
                        .param("b", ballot.value())
                        .update()
                > 0;
    }

    Optional<StoredCode> find(BallotCode code) {
        return jdbc.sql("select ballot_id, used from voting.codes where code_hash = :h")
                .param("h", code.hash())
                .query((rs, row) -> new StoredCode(new BallotId(rs.getObject(1, UUID.class)), rs.getBoolean(2)))
                .optional();
    }
}
