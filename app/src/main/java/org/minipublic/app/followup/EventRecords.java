package org.minipublic.app.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores events in {@code followup.events}, each read with its count of confirmed sign-ups. */
@Repository
class EventRecords {

    private static final String SELECT =
            """
            select e.*, (select count(*) from followup.sign_ups s where s.event_id = e.id and s.confirmed) as taken
            from followup.events e
            """;

    private final JdbcClient jdbc;

    EventRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Event> all(AssemblyId assembly) {
        return jdbc.sql(SELECT + "where e.assembly_id = :a order by e.starts_at, e.id")
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Event> find(AssemblyId assembly, EventId id) {
        return jdbc.sql(SELECT + "where e.assembly_id = :a and e.id = :id")
                .param("a", assembly.value())
                .param("id", id.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<Event> find(EventId id) {
        return jdbc.sql(SELECT + "where e.id = :id")
                .param("id", id.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Locks the event's row until the transaction ends, so that sign-ups for it are confirmed one at a time. */
    Optional<Event> lock(EventId id) {
        jdbc.sql("select id from followup.events where id = :id for update")
                .param("id", id.value())
                .query(UUID.class)
                .optional();
        return find(id);
    }

    void insert(EventId id, AssemblyId assembly, EventDetails details, Instant at) {
        bind(
                        jdbc.sql(
                                """
                insert into followup.events (id, assembly_id, title, kind, description, starts_at, ends_at, place,
                                             join_url, capacity, closes_at, created_at)
                values (:id, :a, :title, :kind, :description, :starts, :ends, :place, :url, :capacity, :closes, :at)
                """),
                        details)
                .param("id", id.value())
                .param("a", assembly.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Changes the details unless someone else did since {@code version}; false then. */
    boolean update(EventId id, EventDetails details, int version) {
        return bind(
                                jdbc.sql(
                                        """
                update followup.events set title = :title, kind = :kind, description = :description,
                       starts_at = :starts, ends_at = :ends, place = :place, join_url = :url, capacity = :capacity,
                       closes_at = :closes, version = version + 1
                where id = :id and version = :version and status <> 'CANCELLED'
                """),
                                details)
                        .param("id", id.value())
                        .param("version", version)
                        .update()
                > 0;
    }

    /** Moves the event from one status to another; false when it was not in {@code from}. */
    boolean move(EventId id, EventStatus from, EventStatus to) {
        return jdbc.sql(
                                "update followup.events set status = :to, version = version + 1 where id = :id and status = :from")
                        .param("id", id.value())
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                > 0;
    }

    boolean deleteDraft(EventId id) {
        return jdbc.sql("delete from followup.events where id = :id and status = 'DRAFT'")
                        .param("id", id.value())
                        .update()
                > 0;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, EventDetails details) {
        return sql.param("title", details.title())
                .param("kind", details.kind().name())
                .param("description", details.description())
                .param("starts", Timestamp.from(details.startsAt()))
                .param("ends", Timestamp.from(details.endsAt()))
                .param("place", details.place())
                .param("url", details.joinUrl())
                .param("capacity", details.capacity(), java.sql.Types.INTEGER)
                .param("closes", Timestamp.from(details.signUpsClose()));
    }

    private static Event map(ResultSet rs) throws SQLException {
        var details = new EventDetails(
                rs.getString("title"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("place"),
                rs.getString("join_url"),
                rs.getObject("capacity", Integer.class),
                instant(rs, "closes_at"));
        return new Event(
                new EventId(rs.getObject("id", UUID.class)),
                new AssemblyId(rs.getObject("assembly_id", UUID.class)),
                details,
                EventStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getInt("taken"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        @Nullable Timestamp value = rs.getTimestamp(column);
        if (value == null) {
            throw new SQLException(column + " is not null by the schema");
        }
        return value.toInstant();
    }
}
