package org.minipublic.app.selection;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which first draws' alternates are being chosen, on any node, and which last choice failed: one row per first draw,
 * from the request that starts a choice until the choice is stored.
 */
@Repository
class AlternateRuns {

    /** Why a choice failed: the engine or the database gave up, or the process making it stopped. */
    enum Failure {
        FAILED,
        ABANDONED
    }

    /** One claim of a choice of alternates: the draw and the claim's own id. */
    record Run(DrawId draw, UUID id) {}

    /** A choice marked failed because no process was making it any more. */
    record Abandoned(DrawId draw, AssemblyId assembly, int number) {}

    private final JdbcClient jdbc;

    AlternateRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the draw's alternates as being chosen, in the caller's transaction, unless they already are.
     *
     * @return false when a choice is running for the draw
     */
    boolean claim(Run run, Instant at, String by) {
        return jdbc.sql(
                                """
                        insert into selection.alternate_runs (draw_id, run_id, status, started_at, started_by)
                        values (:d, :run, 'RUNNING', :at, :by)
                        on conflict (draw_id) do update
                            set run_id = :run, status = 'RUNNING', started_at = :at, started_by = :by,
                                heartbeat_at = now(), failure = null
                            where selection.alternate_runs.status <> 'RUNNING'
                        """)
                        .param("d", run.draw().value())
                        .param("run", run.id())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                > 0;
    }

    boolean running(DrawId draw) {
        return status(draw).filter("RUNNING"::equals).isPresent();
    }

    /** Why the draw's last choice failed, if it did and none has been started since. */
    Optional<Failure> failure(DrawId draw) {
        return jdbc.sql("select failure from selection.alternate_runs where draw_id = :d and status = 'FAILED'")
                .param("d", draw.value())
                .query((rs, n) -> Failure.valueOf(rs.getString(1)))
                .optional();
    }

    boolean runningIn(AssemblyId assembly) {
        return jdbc.sql(
                        """
                select exists (select 1 from selection.alternate_runs r join selection.draws d on d.id = r.draw_id
                               where d.assembly_id = :a and r.status = 'RUNNING')
                """)
                .param("a", assembly.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * The choice is stored: nothing is running or failed for the draw any more.
     *
     * @return false when the claim is no longer this run's (it was swept as abandoned, perhaps claimed again since)
     */
    boolean finish(Run run) {
        return jdbc.sql(
                                "delete from selection.alternate_runs where draw_id = :d and run_id = :run and status = 'RUNNING'")
                        .param("d", run.draw().value())
                        .param("run", run.id())
                        .update()
                > 0;
    }

    /** @return false when the claim is no longer this run's */
    boolean fail(Run run, Failure failure) {
        return jdbc.sql(
                                """
                        update selection.alternate_runs set status = 'FAILED', failure = :f
                        where draw_id = :d and run_id = :run and status = 'RUNNING'
                        """)
                        .param("d", run.draw().value())
                        .param("run", run.id())
                        .param("f", failure.name())
                        .update()
                > 0;
    }

    /** The making node's proof of life, in the database's time so that nodes with clocks apart agree. */
    void beat(Collection<Run> runs) {
        jdbc.sql(
                        "update selection.alternate_runs set heartbeat_at = now() where status = 'RUNNING' and run_id in (:ids)")
                .param("ids", runs.stream().map(Run::id).toList())
                .update();
    }

    /** Marks failed the running choices whose heartbeat is older than {@code after}: their process stopped. */
    List<Abandoned> failAbandoned(Duration after) {
        return jdbc.sql(
                        """
                update selection.alternate_runs r set status = 'FAILED', failure = 'ABANDONED'
                from selection.draws d
                where d.id = r.draw_id and r.status = 'RUNNING'
                    and r.heartbeat_at < now() - make_interval(secs => :seconds)
                returning r.draw_id, d.assembly_id, d.number
                """)
                .param("seconds", after.toMillis() / 1000.0)
                .query((rs, n) -> new Abandoned(
                        new DrawId(rs.getObject(1, UUID.class)),
                        new AssemblyId(rs.getObject(2, UUID.class)),
                        rs.getInt(3)))
                .list();
    }

    private Optional<String> status(DrawId draw) {
        return jdbc.sql("select status from selection.alternate_runs where draw_id = :d")
                .param("d", draw.value())
                .query(String.class)
                .optional();
    }
}
