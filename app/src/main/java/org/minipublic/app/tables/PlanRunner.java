package org.minipublic.app.tables;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.RulesConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the grouping engine on a thread of its own, one plan at a time, so that pages stay quick while it works. A run
 * either stores every planned session's seating in one transaction or is marked failed with the reason; nothing
 * half-stored remains, and the previous plan stays until then.
 */
@Component
class PlanRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanRunner.class);

    record Job(Actor actor, AssemblyId assembly, RunId run, SeatingInput input) {}

    private final SeatRecords seats;
    private final RunRecords runs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PlanWatch watch;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "table-plans");
        thread.setDaemon(true);
        return thread;
    });

    PlanRunner(
            SeatRecords seats,
            RunRecords runs,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            PlanWatch watch) {
        this.seats = seats;
        this.runs = runs;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.watch = watch;
    }

    /** From being queued until it has ended, the run's heartbeat is kept fresh, so no node marks it abandoned. */
    void submit(Job job) {
        watch.running(job.run());
        executor.execute(() -> {
            try {
                run(job);
            } finally {
                watch.ended(job.run());
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void run(Job job) {
        try {
            var result = GroupAllocator.allocate(job.input().problem());
            var quality = SeatingInput.quality(result);
            var seatings = job.input().seatings(result);
            transaction.executeWithoutResult(status -> {
                if (!runs.finish(job.run(), quality, clock.instant())) {
                    // marked abandoned meanwhile (its heartbeat stopped): its page says so, so its seats are not stored
                    return;
                }
                seatings.forEach((session, seating) -> {
                    seats.replace(job.assembly(), session, seating);
                    seats.hide(session); // a new plan waits to be shown, as the first one did
                });
                audit.record(AuditRecord.of(job.actor(), job.assembly(), "tables.planned", "Table plan " + job.run())
                        .withChange(
                                null,
                                seatings.size() + " session(s), " + quality.repeatedPairs() + " repeated meetings"));
            });
            log.info("Table plan {}: {} session(s) in {} s", job.run(), seatings.size(), quality.seconds());
        } catch (RulesConflictException e) {
            var rules = job.input().problem().rules();
            boolean pairs =
                    !rules.keepApart().isEmpty() || !rules.keepTogether().isEmpty();
            // the engine's words, which name member ids at most: names are not stored with a run
            fail(
                    job,
                    pairs ? "tables.run.rules-conflict.pairs" : "tables.run.rules-conflict",
                    String.join("; ", e.conflicts()));
        } catch (RuntimeException e) {
            log.error("Table plan {} failed", job.run(), e);
            fail(job, "tables.run.failed", "");
        }
    }

    private void fail(Job job, String reason, String detail) {
        transaction.executeWithoutResult(status -> {
            runs.fail(job.run(), reason, detail, clock.instant());
            audit.record(AuditRecord.of(job.actor(), job.assembly(), "tables.plan-failed", "Table plan " + job.run())
                    .withChange(null, reason));
        });
    }
}
