package org.minipublic.app.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores runs of the grouping engine in {@code tables.runs}. */
@Repository
class RunRecords {

    private final JdbcClient jdbc;

    RunRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a run as started; false when another run of the assembly is still going. */
    boolean start(RunId id, AssemblyId assembly, long seed, int sessions, @Nullable UserId by, Instant at) {
        try {
            jdbc.sql(
                            """
                    insert into tables.runs
                        (id, assembly_id, status, seed, session_count, requested_by, started_at, heartbeat_at)
                    values (:id, :a, 'RUNNING', :seed, :sessions, :by, :at, now())
                    """)
                    .param("id", id.value())
                    .param("a", assembly.value())
                    .param("seed", seed)
                    .param("sessions", sessions)
                    .param("by", by == null ? null : by.value())
                    .param("at", Timestamp.from(at))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Records a run as done; false when it is no longer running (a restart marked it abandoned meanwhile). */
    boolean finish(RunId id, PlanQuality q, Instant at) {
        return jdbc.sql(
                                """
                update tables.runs set status = 'DONE', finished_at = :at, repeated_pairs = :repeated,
                    repeated_bound = :bound, repeated_random = :random, consecutive_pairs = :consecutive,
                    consecutive_bound = :consecutiveBound, most_times_met = :most, fewest_people_met = :fewest,
                    worst_deviation = :deviation, engine_status = :engine, seconds = :seconds,
                    widened_sessions = :widened
                where id = :id and status = 'RUNNING'
                """)
                        .param("id", id.value())
                        .param("at", Timestamp.from(at))
                        .param("repeated", q.repeatedPairs())
                        .param("bound", q.repeatedBound())
                        .param("random", q.repeatedRandom())
                        .param("consecutive", q.consecutivePairs())
                        .param("consecutiveBound", q.consecutiveBound())
                        .param("most", q.mostTimesMet())
                        .param("fewest", q.fewestPeopleMet())
                        .param("deviation", q.worstDeviation())
                        .param("engine", q.engineStatus())
                        .param("seconds", q.seconds())
                        .param("widened", q.widenedSessions())
                        .update()
                > 0;
    }

    void fail(RunId id, String reason, String detail, Instant at) {
        jdbc.sql(
                        """
                update tables.runs set status = 'FAILED', finished_at = :at, failure = :reason, failure_detail = :detail
                where id = :id
                """)
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .param("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .update();
    }

    /** The running node's proof of life for the runs it has running or queued (database time, like the sweep). */
    void beat(Collection<RunId> ids) {
        jdbc.sql("update tables.runs set heartbeat_at = now() where status = 'RUNNING' and id in (:ids)")
                .param("ids", ids.stream().map(RunId::value).toList())
                .update();
    }

    /** A run marked failed because no process was running it any more. */
    record Abandoned(RunId run, AssemblyId assembly) {}

    /** Marks failed the running runs with no heartbeat for {@code after}: their process stopped. */
    List<Abandoned> failAbandoned(String reason, Duration after, Instant at) {
        return jdbc.sql(
                        """
                update tables.runs set status = 'FAILED', finished_at = :at, failure = :reason
                where status = 'RUNNING'
                    and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => :seconds))
                returning id, assembly_id
                """)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .param("seconds", after.toMillis() / 1000.0)
                .query((rs, n) -> new Abandoned(
                        new RunId(rs.getObject("id", UUID.class)),
                        new AssemblyId(rs.getObject("assembly_id", UUID.class))))
                .list();
    }

    Optional<PlanRun> latest(AssemblyId assembly) {
        return jdbc.sql("select * from tables.runs where assembly_id = :a order by started_at desc limit 1")
                .param("a", assembly.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    private static PlanRun map(ResultSet rs) throws SQLException {
        var status = PlanRun.Status.valueOf(rs.getString("status"));
        var finished = rs.getTimestamp("finished_at");
        PlanQuality quality = status != PlanRun.Status.DONE
                ? null
                : new PlanQuality(
                        rs.getLong("repeated_pairs"),
                        rs.getLong("repeated_bound"),
                        rs.getDouble("repeated_random"),
                        rs.getLong("consecutive_pairs"),
                        rs.getLong("consecutive_bound"),
                        rs.getInt("most_times_met"),
                        rs.getInt("fewest_people_met"),
                        rs.getDouble("worst_deviation"),
                        rs.getString("engine_status"),
                        rs.getDouble("seconds"),
                        rs.getInt("widened_sessions"));
        return new PlanRun(
                new RunId(rs.getObject("id", UUID.class)),
                status,
                rs.getLong("seed"),
                rs.getInt("session_count"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("failure"),
                rs.getString("failure_detail"),
                quality);
    }
}
