package org.minipublic.app.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the team's comments on materials in {@code evidence.comments}. */
@Repository
class CommentRecords {

    /** A comment as stored: its author is a user id (null for the system), named when shown. */
    record Stored(@Nullable UserId author, String body, Instant at) {}

    private final JdbcClient jdbc;

    CommentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(MaterialId material, @Nullable UserId author, String body, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                insert into evidence.comments (id, material_id, author_id, body, created_at)
                values (:id, :material, :author, :body, :at)
                """)
                .param("id", id)
                .param("material", material.value())
                .param("author", author == null ? null : author.value(), java.sql.Types.OTHER)
                .param("body", body)
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }

    List<Stored> all(MaterialId material) {
        return jdbc.sql("select author_id, body, created_at from evidence.comments where material_id = :material"
                        + " order by created_at, seq")
                .param("material", material.value())
                .query((rs, row) -> {
                    var author = rs.getObject(1, UUID.class);
                    return new Stored(
                            author == null ? null : new UserId(author),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant());
                })
                .list();
    }
}
