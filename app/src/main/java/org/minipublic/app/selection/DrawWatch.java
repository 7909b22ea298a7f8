package org.minipublic.app.selection;

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
 * Keeps the heartbeat of the draws this node runs and marks failed the running draws whose process stopped (a crash,
 * a kill, a power cut), with several application nodes on one database: see {@link Heartbeat}.
 */
@Component
class DrawWatch {

    private static final Logger log = LoggerFactory.getLogger(DrawWatch.class);

    static final String ABANDONED = "selection.draw.abandoned";

    private final DrawRecords records;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Heartbeat<DrawId> heartbeat;

    DrawWatch(
            DrawRecords records, AuditLog audit, TransactionTemplate transaction, Clock clock, Heartbeats heartbeats) {
        this.records = records;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.heartbeat = heartbeats.start("draw", "minipublic.selection", records::beat, this::sweep);
    }

    /** From the draw being queued on this node until it has ended, its heartbeat is kept fresh. */
    void running(DrawId draw) {
        heartbeat.running(draw);
    }

    void ended(DrawId draw) {
        heartbeat.ended(draw);
    }

    void beat() {
        heartbeat.beat();
    }

    /** @return the draws marked failed, each audited, with the withdrawals a replacement draw took given back */
    List<DrawRecords.Abandoned> sweep() {
        var abandoned = transaction.execute(status -> failAbandoned());
        return abandoned == null ? List.of() : abandoned;
    }

    private List<DrawRecords.Abandoned> failAbandoned() {
        var abandoned = records.failAbandoned(ABANDONED, heartbeat.timing().abandonedAfter(), clock.instant());
        for (var draw : abandoned) {
            records.reopenWithdrawals(draw.draw());
            audit.record(
                    AuditRecord.of(Actor.system(), draw.assembly(), "selection.draw-failed", "Draw " + draw.number())
                            .withChange(null, heartbeat.stoppedNote()));
        }
        if (!abandoned.isEmpty()) {
            log.warn("{} draw(s) left running by a stopped process were marked failed", abandoned.size());
        }
        return abandoned;
    }
}
