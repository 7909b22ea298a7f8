package org.minipublic.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores sessions in {@code programme.sessions}. */
@Repository
class SessionRecords {

    private static final String COLUMNS = "id, day_date, starts_at, ends_at, title, room, stage, lead_id, version";

    private final JdbcClient jdbc;

    SessionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SessionId id, AssemblyId assembly, SessionDetails details, Instant at) {
        jdbc.sql(
                        """
                insert into programme.sessions
                    (id, assembly_id, day_date, starts_at, ends_at, title, room, stage, created_at, updated_at)
                values (:id, :assembly, :day, :starts, :ends, :title, :room, :stage, :at, :at)
                """)
                .param("id", id.value())
                .param("assembly", assembly.value())
                .params(params(details))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves the details unless the session changed since {@code version}; false when it did (or is gone). */
    boolean update(AssemblyId assembly, SessionId id, SessionDetails details, int version, Instant at) {
        return jdbc.sql(
                                """
                update programme.sessions
                set day_date = :day, starts_at = :starts, ends_at = :ends, title = :title, room = :room,
                    stage = :stage, version = version + 1, updated_at = :at
                where id = :id and assembly_id = :assembly and version = :version
                """)
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .params(params(details))
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean delete(AssemblyId assembly, SessionId id) {
        return jdbc.sql("delete from programme.sessions where id = :id and assembly_id = :assembly")
                        .param("id", id.value())
                        .param("assembly", assembly.value())
                        .update()
                > 0;
    }

    /** The assembly's sessions in time order, each with the weekend of its day (0 for a day no longer held). */
    List<ProgrammeSession> all(AssemblyId assembly, Map<LocalDate, Integer> weekendOf) {
        return jdbc.sql("select " + COLUMNS + " from programme.sessions where assembly_id = :assembly"
                        + " order by day_date, starts_at, title")
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs, weekendOf))
                .list();
    }

    Optional<ProgrammeSession> find(AssemblyId assembly, SessionId id, Map<LocalDate, Integer> weekendOf) {
        return jdbc.sql("select " + COLUMNS + " from programme.sessions where id = :id and assembly_id = :assembly")
                .param("id", id.value())
                .param("assembly", assembly.value())
                .query((rs, row) -> map(rs, weekendOf))
                .optional();
    }

    void setLead(SessionId id, @org.jspecify.annotations.Nullable UserId lead) {
        jdbc.sql("update programme.sessions set lead_id = :lead where id = :id")
                .param("id", id.value())
                .param("lead", lead == null ? null : lead.value())
                .update();
    }

    private static @org.jspecify.annotations.Nullable UserId lead(@org.jspecify.annotations.Nullable UUID id) {
        return id == null ? null : new UserId(id);
    }

    private static Map<String, Object> params(SessionDetails details) {
        return Map.of(
                "day", details.day(),
                "starts", details.startsAt(),
                "ends", details.endsAt(),
                "title", details.title(),
                "room", details.room(),
                "stage", details.stage().name());
    }

    private static ProgrammeSession map(ResultSet rs, Map<LocalDate, Integer> weekendOf) throws SQLException {
        var day = rs.getObject("day_date", LocalDate.class);
        var details = new SessionDetails(
                day,
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("title"),
                rs.getString("room"),
                Stage.valueOf(rs.getString("stage")));
        return new ProgrammeSession(
                new SessionId(rs.getObject("id", UUID.class)),
                weekendOf.getOrDefault(day, 0),
                details,
                lead(rs.getObject("lead_id", UUID.class)),
                rs.getInt("version"));
    }
}
