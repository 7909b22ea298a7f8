package org.minipublic.app.tables;

import java.time.Clock;
import java.util.List;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.Heartbeat;
import org.minipublic.app.shared.Heartbeats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the heartbeat of the table plans this node runs and marks failed the running plans whose process stopped, so
 * that starting a second node never fails a plan the first is running: see {@link Heartbeat}. The grouping engine has
 * no time limit of its own, so a long plan is told from a dead one by its heartbeat, not its age.
 */
@Component
class PlanWatch {

    private static final Logger log = LoggerFactory.getLogger(PlanWatch.class);

    static final String ABANDONED = "tables.run.abandoned";

    private final RunRecords runs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Heartbeat<RunId> heartbeat;

    PlanWatch(RunRecords runs, AuditLog audit, TransactionTemplate transaction, Clock clock, Heartbeats heartbeats) {
        this.runs = runs;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.heartbeat = heartbeats.start("table-plan", "minipublic.tables", runs::beat, this::sweep);
    }

    void running(RunId run) {
        heartbeat.running(run);
    }

    void ended(RunId run) {
        heartbeat.ended(run);
    }

    void beat() {
        heartbeat.beat();
    }

    /** @return the runs marked failed, each audited */
    List<RunRecords.Abandoned> sweep() {
        var abandoned = transaction.execute(status -> failAbandoned());
        return abandoned == null ? List.of() : abandoned;
    }

    private List<RunRecords.Abandoned> failAbandoned() {
        var after = heartbeat.timing().abandonedAfter();
        var abandoned = runs.failAbandoned(ABANDONED, after, clock.instant());
        for (var run : abandoned) {
            audit.record(AuditRecord.of(Actor.system(), run.assembly(), "tables.plan-failed", "Table plan " + run.run())
                    .withChange(null, heartbeat.stoppedNote()));
        }
        if (!abandoned.isEmpty()) {
            log.warn("{} table plan(s) left running by a stopped process were marked failed", abandoned.size());
        }
        return abandoned;
    }
}
