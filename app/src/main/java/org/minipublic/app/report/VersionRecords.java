package org.minipublic.app.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the report's versions in {@code report.versions}. */
@Repository
class VersionRecords {

    private static final String SELECT =
            "select number, introduction, process, next_steps, saved_at, published_at from report.versions ";

    private final JdbcClient jdbc;

    VersionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, newest first. */
    List<ReportVersion> all(AssemblyId assembly) {
        return jdbc.sql(SELECT + "where assembly_id = :a order by number desc")
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<ReportVersion> latest(AssemblyId assembly) {
        return all(assembly).stream().findFirst();
    }

    /** The snapshot of the newest published version, or empty when none is published. */
    Optional<Published> latestPublished(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select number, snapshot, language from report.versions
                where assembly_id = :a and published_at is not null order by number desc limit 1
                """)
                .param("a", assembly.value())
                .query((rs, row) -> new Published(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Adds version {@code number}; false when someone else saved that number first. */
    boolean insert(AssemblyId assembly, int number, Narrative narrative, @Nullable UUID by, Instant at) {
        try {
            jdbc.sql(
                            """
                    insert into report.versions (id, assembly_id, number, introduction, process, next_steps,
                        saved_by, saved_at)
                    values (:id, :a, :n, :intro, :process, :next, :by, :at)
                    """)
                    .param("id", UUID.randomUUID())
                    .param("a", assembly.value())
                    .param("n", number)
                    .param("intro", narrative.introduction())
                    .param("process", narrative.process())
                    .param("next", narrative.nextSteps())
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Publishes a draft with its snapshot; false when it is already published. */
    boolean publish(AssemblyId assembly, int number, String snapshot, String language, Instant at) {
        return jdbc.sql(
                                """
                update report.versions set snapshot = :snapshot, language = :language, published_at = :at
                where assembly_id = :a and number = :n and published_at is null
                """)
                        .param("a", assembly.value())
                        .param("n", number)
                        .param("snapshot", snapshot)
                        .param("language", language)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** A published version: its number, the report as it read when published (XHTML), and its language. */
    public record Published(int number, String snapshot, String language) {}

    private static ReportVersion map(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ReportVersion(
                rs.getInt("number"),
                new Narrative(rs.getString("introduction"), rs.getString("process"), rs.getString("next_steps")),
                rs.getTimestamp("saved_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
