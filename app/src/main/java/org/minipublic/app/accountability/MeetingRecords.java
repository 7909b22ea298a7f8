package org.minipublic.app.accountability;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the review meetings, their decisions and what each decision is about. */
@Repository
class MeetingRecords {

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assembly's meetings, the latest held first, each with its decisions in the order recorded. */
    List<ReviewMeeting> all(AssemblyId assembly) {
        var decisions = decisions(assembly);
        return jdbc.sql(
                        """
                select id, held_on, title, attendees, minutes, version from accountability.meetings
                where assembly_id = :a order by held_on desc, created_at desc
                """)
                .param("a", assembly.value())
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new ReviewMeeting(
                            new MeetingId(id),
                            rs.getDate("held_on").toLocalDate(),
                            rs.getString("title"),
                            rs.getString("attendees"),
                            rs.getString("minutes"),
                            decisions.getOrDefault(id, List.of()),
                            rs.getInt("version"));
                })
                .list();
    }

    Optional<ReviewMeeting> find(AssemblyId assembly, MeetingId id) {
        return all(assembly).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private Map<UUID, List<Decision>> decisions(AssemblyId assembly) {
        var actions = links(assembly, "decision_actions", "action_id");
        var recommendations = links(assembly, "decision_recommendations", "recommendation_id");
        var byMeeting = new HashMap<UUID, List<Decision>>();
        jdbc.sql(
                        """
                select d.meeting_id, d.id, d.body from accountability.decisions d
                join accountability.meetings m on m.id = d.meeting_id
                where m.assembly_id = :a order by d.created_at, d.id
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    var id = rs.getObject(2, UUID.class);
                    byMeeting
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Decision(
                                    id,
                                    rs.getString(3),
                                    actions.getOrDefault(id, List.of()).stream()
                                            .map(ActionId::new)
                                            .toList(),
                                    recommendations.getOrDefault(id, List.of()).stream()
                                            .map(RecommendationId::new)
                                            .toList()));
                });
        return byMeeting;
    }

    /** The ids one link table ties each decision of the assembly to; the table and column are constants. */
    private Map<UUID, List<UUID>> links(AssemblyId assembly, String table, String column) {
        var links = new HashMap<UUID, List<UUID>>();
        jdbc.sql("select l.decision_id, l." + column + " from accountability." + table + " l"
                        + " join accountability.decisions d on d.id = l.decision_id"
                        + " join accountability.meetings m on m.id = d.meeting_id where m.assembly_id = :a"
                        + " order by l." + column)
                .param("a", assembly.value())
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return links;
    }

    void insert(MeetingId id, AssemblyId assembly, MeetingText text, Instant at) {
        jdbc.sql(
                        """
                insert into accountability.meetings (id, assembly_id, held_on, title, attendees, minutes, created_at)
                values (:id, :a, :held, :title, :attendees, :minutes, :at)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .params(textParams(text))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves a meeting's text, unless someone changed it since {@code version}. */
    boolean update(MeetingId id, MeetingText text, int version) {
        return jdbc.sql(
                                """
                update accountability.meetings set held_on = :held, title = :title, attendees = :attendees,
                    minutes = :minutes, version = version + 1
                where id = :id and version = :version
                """)
                        .param("id", id.value())
                        .param("version", version)
                        .params(textParams(text))
                        .update()
                > 0;
    }

    /** Deletes a meeting with its decisions. */
    void delete(MeetingId id) {
        jdbc.sql("delete from accountability.meetings where id = :id")
                .param("id", id.value())
                .update();
    }

    void insertDecision(MeetingId meeting, Decision decision, Instant at) {
        jdbc.sql(
                        """
                insert into accountability.decisions (id, meeting_id, body, created_at) values (:id, :m, :body, :at)
                """)
                .param("id", decision.id())
                .param("m", meeting.value())
                .param("body", decision.body())
                .param("at", Timestamp.from(at))
                .update();
        for (var action : decision.actions()) {
            jdbc.sql("insert into accountability.decision_actions (decision_id, action_id) values (:d, :a)")
                    .param("d", decision.id())
                    .param("a", action.value())
                    .update();
        }
        for (var recommendation : decision.recommendations()) {
            jdbc.sql("insert into accountability.decision_recommendations (decision_id, recommendation_id)"
                            + " values (:d, :r)")
                    .param("d", decision.id())
                    .param("r", recommendation.value())
                    .update();
        }
    }

    void deleteDecision(MeetingId meeting, UUID decision) {
        jdbc.sql("delete from accountability.decisions where id = :id and meeting_id = :m")
                .param("id", decision)
                .param("m", meeting.value())
                .update();
    }

    private static Map<String, Object> textParams(MeetingText text) {
        return Map.of(
                "held", Date.valueOf(Objects.requireNonNull(text.heldOn(), "the date is checked before saving")),
                "title", text.title(),
                "attendees", text.attendees(),
                "minutes", text.minutes());
    }
}
