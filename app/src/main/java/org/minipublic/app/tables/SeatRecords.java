package org.minipublic.app.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores seats in {@code tables.seats} and {@code tables.facilitator_seats}, locks in {@code tables.locked_sessions}
 * and which plans members see in {@code tables.shown_sessions}.
 */
@Repository
class SeatRecords {

    private final JdbcClient jdbc;

    SeatRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every session's seating in the assembly. */
    Map<SessionId, Seating> all(AssemblyId assembly) {
        Map<SessionId, Map<MemberId, Integer>> members = new HashMap<>();
        Map<SessionId, Map<UserId, Integer>> facilitators = new HashMap<>();
        jdbc.sql("select session_id, member_id, table_no from tables.seats where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    members.computeIfAbsent(new SessionId(rs.getObject(1, UUID.class)), s -> new HashMap<>())
                            .put(new MemberId(rs.getObject(2, UUID.class)), rs.getInt(3));
                });
        jdbc.sql("select session_id, user_id, table_no from tables.facilitator_seats where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    facilitators
                            .computeIfAbsent(new SessionId(rs.getObject(1, UUID.class)), s -> new HashMap<>())
                            .put(new UserId(rs.getObject(2, UUID.class)), rs.getInt(3));
                });
        Map<SessionId, Seating> seatings = new HashMap<>();
        members.forEach((session, seats) ->
                seatings.put(session, new Seating(seats, facilitators.getOrDefault(session, Map.of()))));
        return seatings;
    }

    /** Replaces a session's seating. */
    void replace(AssemblyId assembly, SessionId session, Seating seating) {
        delete(session);
        var batch = seating.members().entrySet().stream()
                .map(e -> new Object[] {session.value(), e.getKey().value(), assembly.value(), e.getValue()})
                .toList();
        for (var row : batch) {
            jdbc.sql("insert into tables.seats (session_id, member_id, assembly_id, table_no) values (?, ?, ?, ?)")
                    .params(row)
                    .update();
        }
        seating.facilitators().forEach((user, table) -> jdbc.sql(
                        "insert into tables.facilitator_seats (session_id, user_id, assembly_id, table_no)"
                                + " values (?, ?, ?, ?)")
                .params(session.value(), user.value(), assembly.value(), table)
                .update());
    }

    /** Forgets a session's seating and its lock. */
    void delete(SessionId session) {
        jdbc.sql("delete from tables.seats where session_id = :s")
                .param("s", session.value())
                .update();
        jdbc.sql("delete from tables.facilitator_seats where session_id = :s")
                .param("s", session.value())
                .update();
    }

    void unlockForGood(SessionId session) {
        jdbc.sql("delete from tables.locked_sessions where session_id = :s")
                .param("s", session.value())
                .update();
    }

    /** Moves a member to a table in a session; false when they have no seat there. */
    boolean move(SessionId session, MemberId member, int table) {
        return jdbc.sql("update tables.seats set table_no = :t where session_id = :s and member_id = :m")
                        .param("t", table)
                        .param("s", session.value())
                        .param("m", member.value())
                        .update()
                > 0;
    }

    Set<SessionId> locked(AssemblyId assembly) {
        Set<SessionId> locked = new HashSet<>();
        jdbc.sql("select session_id from tables.locked_sessions where assembly_id = :a")
                .param("a", assembly.value())
                .query(rs -> {
                    locked.add(new SessionId(rs.getObject(1, UUID.class)));
                });
        return locked;
    }

    /** Whether the session has a seating. */
    boolean planned(SessionId session) {
        return jdbc.sql("select exists (select 1 from tables.seats where session_id = :s)")
                .param("s", session.value())
                .query(Boolean.class)
                .single();
    }

    /** The sessions whose plan members see on the portal. */
    Set<SessionId> shown(AssemblyId assembly) {
        return new HashSet<>(jdbc.sql("select session_id from tables.shown_sessions where assembly_id = :a")
                .param("a", assembly.value())
                .query((rs, n) -> new SessionId(rs.getObject(1, UUID.class)))
                .list());
    }

    /** False when it was shown already. */
    boolean show(AssemblyId assembly, SessionId session, Instant at) {
        return jdbc.sql(
                                """
                insert into tables.shown_sessions (session_id, assembly_id, shown_at) values (:s, :a, :at)
                on conflict (session_id) do nothing
                """)
                        .param("s", session.value())
                        .param("a", assembly.value())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** False when it was not shown. */
    boolean hide(SessionId session) {
        return jdbc.sql("delete from tables.shown_sessions where session_id = :s")
                        .param("s", session.value())
                        .update()
                > 0;
    }

    void lock(AssemblyId assembly, SessionId session, Instant at) {
        jdbc.sql(
                        """
                insert into tables.locked_sessions (session_id, assembly_id, locked_at) values (:s, :a, :at)
                on conflict (session_id) do nothing
                """)
                .param("s", session.value())
                .param("a", assembly.value())
                .param("at", Timestamp.from(at))
                .update();
    }
}
