package org.minipublic.app.deliberation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores review rounds and reviews in {@code deliberation.review_rounds} and {@code deliberation.reviews}. */
@Repository
class ReviewRecords {

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRound(UUID id, AssemblyId assembly, LocalDate deadline, String by, Instant at) {
        jdbc.sql(
                        """
                insert into deliberation.review_rounds (id, assembly_id, deadline, opened_by, opened_at)
                values (:id, :a, :deadline, :by, :at)
                """)
                .param("id", id)
                .param("a", assembly.value())
                .param("deadline", Date.valueOf(deadline))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The assembly's latest round, if it has had one. */
    Optional<ReviewRound> latestRound(AssemblyId assembly) {
        return jdbc.sql("select id, deadline, opened_by from deliberation.review_rounds where assembly_id = :a"
                        + " order by opened_at desc limit 1")
                .param("a", assembly.value())
                .query((rs, row) -> new ReviewRound(
                        rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .optional();
    }

    void insert(Review review, UUID round) {
        jdbc.sql(
                        """
                insert into deliberation.reviews (id, draft_id, round_id, version, kind, body, written_by, written_at)
                values (:id, :d, :r, :v, :k, :b, :by, :at)
                """)
                .param("id", review.id())
                .param("d", review.draft().value())
                .param("r", round)
                .param("v", review.version())
                .param("k", review.kind().name())
                .param("b", review.body())
                .param("by", review.writtenBy())
                .param("at", Timestamp.from(review.writtenAt()))
                .update();
    }

    List<Review> of(DraftId draft) {
        return jdbc.sql("select id, draft_id, version, kind, body, written_by, written_at from deliberation.reviews"
                        + " where draft_id = :d order by written_at")
                .param("d", draft.value())
                .query((rs, row) -> new Review(
                        rs.getObject(1, UUID.class),
                        new DraftId(rs.getObject(2, UUID.class)),
                        rs.getInt(3),
                        Review.Kind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
