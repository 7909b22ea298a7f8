package org.minipublic.app.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores minority statements in {@code voting.statements}. */
@Repository
class StatementRecords {

    private final JdbcClient jdbc;

    StatementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ItemId item, String body, @Nullable UserId by, Instant at) {
        jdbc.sql("insert into voting.statements (id, item_id, body, added_by, added_at) values (:id, :i, :b, :by, :at)")
                .param("id", id)
                .param("i", item.value())
                .param("b", body)
                .param("by", by == null ? null : by.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean delete(BallotId ballot, UUID id) {
        return jdbc.sql(
                                """
                delete from voting.statements s using voting.items i
                where s.id = :id and s.item_id = i.id and i.ballot_id = :b
                """)
                        .param("id", id)
                        .param("b", ballot.value())
                        .update()
                > 0;
    }

    List<Statement> of(BallotId ballot) {
        return jdbc.sql(
                        """
                select s.id, s.item_id, s.body, s.added_at from voting.statements s
                join voting.items i on i.id = s.item_id where i.ballot_id = :b order by s.added_at
                """)
                .param("b", ballot.value())
                .query((rs, row) -> new Statement(
                        rs.getObject(1, UUID.class),
                        new ItemId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
