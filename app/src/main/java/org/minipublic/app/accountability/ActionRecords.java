package org.minipublic.app.accountability;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the action plan (actions, their links to recommendations, milestones and updates). */
@Repository
class ActionRecords {

    private final JdbcClient jdbc;

    ActionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assembly's actions, oldest first, each with its links, milestones and updates. */
    List<Action> all(AssemblyId assembly) {
        return plan(assembly).actions();
    }

    /**
     * The assembly's actions, oldest first, with every update of the plan newest first: what the public page shows,
     * read with one query for the updates rather than one for the actions and another for the feed.
     */
    Plan plan(AssemblyId assembly) {
        var rows = rows(assembly);
        if (rows.isEmpty()) {
            return new Plan(List.of(), List.of());
        }
        var links = links(assembly);
        var milestones = milestones(assembly);
        var updates = updates(assembly);
        var updatesByAction = new HashMap<UUID, List<ProgressUpdate>>();
        updates.forEach(u -> updatesByAction
                .computeIfAbsent(u.action().value(), k -> new ArrayList<>())
                .add(u));
        var actions = rows.stream()
                .map(r -> new Action(
                        new ActionId(r.id),
                        assembly,
                        new ActionText(
                                r.title,
                                r.description,
                                r.owner,
                                r.partners,
                                links.getOrDefault(r.id, List.of()),
                                r.ownerEmail),
                        r.status,
                        milestones.getOrDefault(r.id, List.of()),
                        updatesByAction.getOrDefault(r.id, List.of()),
                        r.createdAt,
                        r.version))
                .toList();
        return new Plan(actions, updates);
    }

    /** The actions and all their updates, newest first. */
    record Plan(List<Action> actions, List<ProgressUpdate> updates) {}

    private List<Row> rows(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select id, title, description, owner, partners, status, created_at, version, owner_email
                from accountability.actions
                where assembly_id = :a order by created_at, id
                """)
                .param("a", assembly.value())
                .query((rs, row) -> new Row(rs))
                .list();
    }

    /** The recommendations each action answers, in the recommendations' order. */
    private Map<UUID, List<RecommendationId>> links(AssemblyId assembly) {
        var links = new HashMap<UUID, List<RecommendationId>>();
        jdbc.sql(
                        """
                select l.action_id, l.recommendation_id from accountability.action_recommendations l
                join accountability.recommendations r on r.id = l.recommendation_id
                where r.assembly_id = :a order by r.position
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new RecommendationId(rs.getObject(2, UUID.class)));
                });
        return links;
    }

    private Map<UUID, List<Milestone>> milestones(AssemblyId assembly) {
        var milestones = new HashMap<UUID, List<Milestone>>();
        jdbc.sql(
                        """
                select m.action_id, m.id, m.title, m.due_on, m.done_on from accountability.milestones m
                join accountability.actions a on a.id = m.action_id where a.assembly_id = :a order by m.due_on, m.title
                """)
                .param("a", assembly.value())
                .query(rs -> {
                    Date done = rs.getDate(5);
                    milestones
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Milestone(
                                    rs.getObject(2, UUID.class),
                                    rs.getString(3),
                                    rs.getDate(4).toLocalDate(),
                                    done == null ? null : done.toLocalDate()));
                });
        return milestones;
    }

    Optional<Action> find(AssemblyId assembly, ActionId id) {
        return all(assembly).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The assembly's progress updates, newest first. */
    private List<ProgressUpdate> updates(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select u.id, u.action_id, a.title, u.body, u.evidence_url, u.status, u.posted_at
                from accountability.updates u join accountability.actions a on a.id = u.action_id
                where a.assembly_id = :a order by u.posted_at desc, u.id
                """)
                .param("a", assembly.value())
                .query((rs, row) -> new ProgressUpdate(
                        rs.getObject(1, UUID.class),
                        new ActionId(rs.getObject(2, UUID.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        ActionStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    void insert(ActionId id, AssemblyId assembly, ActionText text, ActionStatus status, Instant at) {
        jdbc.sql(
                        """
                insert into accountability.actions (id, assembly_id, title, description, owner, partners, status,
                    created_at, owner_email)
                values (:id, :a, :title, :description, :owner, :partners, :status, :at, :email)
                """)
                .param("id", id.value())
                .param("a", assembly.value())
                .params(textParams(text))
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .update();
        link(id, text.recommendations());
    }

    /** Saves an action's text and links, unless someone changed it since {@code version}. */
    boolean update(ActionId id, ActionText text, int version) {
        int changed = jdbc.sql(
                        """
                update accountability.actions set title = :title, description = :description, owner = :owner,
                    partners = :partners, owner_email = :email, version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id.value())
                .param("version", version)
                .params(textParams(text))
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from accountability.action_recommendations where action_id = :id")
                .param("id", id.value())
                .update();
        link(id, text.recommendations());
        return true;
    }

    void insertMilestone(ActionId action, UUID id, String title, LocalDate due) {
        jdbc.sql("insert into accountability.milestones (id, action_id, title, due_on) values (:id, :a, :t, :due)")
                .param("id", id)
                .param("a", action.value())
                .param("t", title)
                .param("due", Date.valueOf(due))
                .update();
    }

    boolean markMilestone(ActionId action, UUID id, LocalDate done) {
        return jdbc.sql("update accountability.milestones set done_on = :done where id = :id and action_id = :a")
                        .param("id", id)
                        .param("a", action.value())
                        .param("done", Date.valueOf(done))
                        .update()
                > 0;
    }

    void insertUpdate(ProgressUpdate update, @org.jspecify.annotations.Nullable UUID postedBy) {
        jdbc.sql(
                        """
                insert into accountability.updates (id, action_id, body, evidence_url, status, posted_by, posted_at)
                values (:id, :a, :body, :url, :status, :by, :at)
                """)
                .param("id", update.id())
                .param("a", update.action().value())
                .param("body", update.body())
                .param("url", update.evidenceUrl())
                .param("status", update.status().name())
                .param("by", postedBy)
                .param("at", Timestamp.from(update.postedAt()))
                .update();
        jdbc.sql("update accountability.actions set status = :status where id = :id")
                .param("id", update.action().value())
                .param("status", update.status().name())
                .update();
    }

    private void link(ActionId id, List<RecommendationId> recommendations) {
        for (var recommendation : recommendations) {
            jdbc.sql("insert into accountability.action_recommendations (action_id, recommendation_id) values (:a, :r)")
                    .param("a", id.value())
                    .param("r", recommendation.value())
                    .update();
        }
    }

    private static Map<String, Object> textParams(ActionText text) {
        return Map.of(
                "title", text.title(),
                "description", text.description(),
                "owner", text.owner(),
                "partners", text.partners(),
                "email", text.ownerEmail());
    }

    /** One row of {@code accountability.actions}. */
    private static final class Row {
        final UUID id;
        final String title;
        final String description;
        final String owner;
        final String partners;
        final String ownerEmail;
        final ActionStatus status;
        final Instant createdAt;
        final int version;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            title = rs.getString("title");
            description = rs.getString("description");
            owner = rs.getString("owner");
            partners = rs.getString("partners");
            ownerEmail = rs.getString("owner_email");
            status = ActionStatus.valueOf(rs.getString("status"));
            createdAt = rs.getTimestamp("created_at").toInstant();
            version = rs.getInt("version");
        }
    }
}
