package org.minipublic.app.accountability;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores recommendations, responses and per-assembly settings in the {@code accountability} schema. */
@Repository
class RecommendationRecords {

    private static final String SELECT =
            """
            select r.id, r.assembly_id, r.position, r.title, r.body, r.vote_meeting, r.vote_base, r.adopted,
                   p.status, p.reasoning, p.responsible_body, p.officer, p.responded_on, p.verdict_score,
                   p.verdict_statement, p.version
            from accountability.recommendations r
            left join accountability.responses p on p.recommendation_id = r.id
            """;

    private final JdbcClient jdbc;

    RecommendationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recommendation> all(AssemblyId assembly) {
        return jdbc.sql(SELECT + " where r.assembly_id = :a order by r.position")
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Recommendation> find(AssemblyId assembly, RecommendationId id) {
        return jdbc.sql(SELECT + " where r.assembly_id = :a and r.id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Holds the assembly's list until the transaction ends, so that two additions do not take the same place. */
    void lock(AssemblyId assembly) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('accountability.recommendations'), hashtext(:a))")
                .param("a", assembly.toString())
                .query(Object.class)
                .optional();
    }

    /** The item ids already brought in from ballots. */
    List<UUID> itemIds(AssemblyId assembly) {
        return jdbc.sql(
                        "select item_id from accountability.recommendations where assembly_id = :a and item_id is not null")
                .param("a", assembly.value())
                .query(UUID.class)
                .list();
    }

    void insert(
            RecommendationId id,
            AssemblyId assembly,
            String title,
            String body,
            @Nullable UUID ballot,
            @Nullable UUID item,
            @Nullable VoteFigure vote) {
        jdbc.sql(
                        """
                insert into accountability.recommendations
                    (id, assembly_id, position, title, body, ballot_id, item_id, vote_meeting, vote_base, adopted)
                values (:id, :a,
                        (select coalesce(max(position) + 1, 0) from accountability.recommendations where assembly_id = :a),
                        :title, :body, :ballot, :item, :meeting, :base, :adopted)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .param("title", title)
                .param("body", body)
                .param("ballot", ballot)
                .param("item", item)
                .param("meeting", vote == null ? null : vote.meeting())
                .param("base", vote == null ? null : vote.base())
                .param("adopted", vote == null ? null : vote.adopted())
                .update();
    }

    /**
     * Removes a recommendation with no response and no action; false when it has one (or there is none). The
     * foreign keys refuse the delete if a response or an action arrived meanwhile.
     */
    boolean deleteUnanswered(AssemblyId assembly, RecommendationId id) {
        try {
            return jdbc.sql("delete from accountability.recommendations where id = :id and assembly_id = :a")
                            .param("id", id.value())
                            .param("a", assembly.value())
                            .update()
                    > 0;
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            return false;
        }
    }

    /** Writes a response, unless someone else changed it since {@code version} (-1: there is none yet). */
    boolean saveResponse(RecommendationId id, ResponseText text, int version) {
        if (version < 0) {
            return jdbc.sql(
                                    """
                    insert into accountability.responses
                        (recommendation_id, status, reasoning, responsible_body, officer, responded_on)
                    values (:id, :status, :reasoning, :body, :officer, :on)
                    on conflict (recommendation_id) do nothing
                    """)
                            .param("id", id.value())
                            .params(responseParams(text))
                            .update()
                    > 0;
        }
        return jdbc.sql(
                                """
                update accountability.responses set status = :status, reasoning = :reasoning,
                    responsible_body = :body, officer = :officer, responded_on = :on, version = version + 1
                where recommendation_id = :id and version = :version
                """)
                        .param("id", id.value())
                        .param("version", version)
                        .params(responseParams(text))
                        .update()
                > 0;
    }

    boolean saveVerdict(RecommendationId id, @Nullable BigDecimal score, String statement) {
        return jdbc.sql(
                                """
                update accountability.responses set verdict_score = :score, verdict_statement = :statement
                where recommendation_id = :id
                """)
                        .param("id", id.value())
                        .param("score", score)
                        .param("statement", statement)
                        .update()
                > 0;
    }

    Settings settings(AssemblyId assembly) {
        return jdbc.sql("select response_due, published from accountability.settings where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, row) -> new Settings(localDate(rs.getDate(1)), rs.getBoolean(2)))
                .optional()
                .orElse(new Settings(null, false));
    }

    void saveResponseDue(AssemblyId assembly, @Nullable LocalDate due) {
        jdbc.sql(
                        """
                insert into accountability.settings (assembly_id, response_due) values (:a, :due)
                on conflict (assembly_id) do update set response_due = :due
                """)
                .param("a", assembly.value())
                .param("due", due == null ? null : Date.valueOf(due))
                .update();
    }

    /** Publishes or takes down the record; the first publication's date is kept, to schedule progress reports. */
    void savePublished(AssemblyId assembly, boolean published, LocalDate today) {
        jdbc.sql(
                        """
                insert into accountability.settings (assembly_id, published, published_on)
                values (:a, :published, case when :published then cast(:today as date) end)
                on conflict (assembly_id) do update set published = :published,
                    published_on = coalesce(accountability.settings.published_on,
                        case when :published then cast(:today as date) end)
                """)
                .param("a", assembly.value())
                .param("published", published)
                .param("today", Date.valueOf(today))
                .update();
    }

    private static java.util.Map<String, Object> responseParams(ResponseText text) {
        return java.util.Map.of(
                "status", text.status().name(),
                "reasoning", text.reasoning(),
                "body", text.responsibleBody(),
                "officer", text.officer(),
                "on", Date.valueOf(text.respondedOn()));
    }

    private static Recommendation map(ResultSet rs) throws SQLException {
        Integer meeting = rs.getObject("vote_meeting", Integer.class);
        Integer base = rs.getObject("vote_base", Integer.class);
        VoteFigure vote =
                meeting == null || base == null ? null : new VoteFigure(meeting, base, rs.getBoolean("adopted"));
        String status = rs.getString("status");
        Response response = status == null
                ? null
                : new Response(
                        ResponseStatus.valueOf(status),
                        rs.getString("reasoning"),
                        rs.getString("responsible_body"),
                        rs.getString("officer"),
                        rs.getDate("responded_on").toLocalDate(),
                        rs.getBigDecimal("verdict_score"),
                        rs.getString("verdict_statement"),
                        rs.getInt("version"));
        return new Recommendation(
                new RecommendationId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("body"),
                vote,
                response);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
