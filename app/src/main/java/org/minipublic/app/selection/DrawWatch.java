package org.minipublic.app.selection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells draws that a live process is running from draws whose process stopped (a crash, a kill, a power cut), with
 * several application nodes on one database. This node refreshes the heartbeat of the draws it runs or has queued
 * every few seconds; every node, at start-up and then periodically, marks failed the running draws whose heartbeat
 * is older than the timeout, so that they can be run again. Starting a node therefore never stops a draw another
 * node is running.
 *
 * <p>Both run on a thread of their own rather than the shared scheduler, so that a long job there (the retention
 * purge) cannot hold up a heartbeat.
 */
@Component
class DrawWatch {

    private static final Logger log = LoggerFactory.getLogger(DrawWatch.class);

    static final String ABANDONED = "selection.draw.abandoned";

    private final DrawRecords records;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration heartbeatEvery;
    private final Duration abandonedAfter;
    private final Duration sweepEvery;
    private final Set<DrawId> ours = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "draw-watch");
        thread.setDaemon(true);
        return thread;
    });

    DrawWatch(
            DrawRecords records,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${minipublic.selection.heartbeat-every:PT5S}") Duration heartbeatEvery,
            @Value("${minipublic.selection.abandoned-after:PT1M}") Duration abandonedAfter,
            @Value("${minipublic.selection.sweep-every:PT15S}") Duration sweepEvery) {
        if (heartbeatEvery.isNegative()
                || heartbeatEvery.isZero()
                || abandonedAfter.compareTo(heartbeatEvery.multipliedBy(3)) < 0) {
            throw new IllegalStateException("minipublic.selection.abandoned-after (" + abandonedAfter
                    + ") must be at least three times minipublic.selection.heartbeat-every (" + heartbeatEvery
                    + "), so that a late heartbeat does not fail a draw that is still running");
        }
        if (sweepEvery.isNegative() || sweepEvery.isZero()) {
            throw new IllegalStateException("minipublic.selection.sweep-every must be positive, not " + sweepEvery);
        }
        this.records = records;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.heartbeatEvery = heartbeatEvery;
        this.abandonedAfter = abandonedAfter;
        this.sweepEvery = sweepEvery;
    }

    /** From the draw being queued on this node until it has ended, its heartbeat is kept fresh. */
    void running(DrawId draw) {
        ours.add(draw);
    }

    void ended(DrawId draw) {
        ours.remove(draw);
    }

    /** Heartbeats start with the bean: draws started while the application starts (the demo's) are kept alive. */
    @jakarta.annotation.PostConstruct
    void beatFromNowOn() {
        timer.scheduleWithFixedDelay(
                this::beat, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The first sweep runs as the application becomes ready: draws a stopped process left behind are found then. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sweep();
        timer.scheduleWithFixedDelay(this::sweep, sweepEvery.toMillis(), sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    void beat() {
        try {
            records.beat(List.copyOf(ours));
        } catch (RuntimeException e) {
            // the next beat tries again; a missed one or two is what the timeout allows for
            log.warn("Draw heartbeat failed: {}", e.getClass().getSimpleName());
        }
    }

    /** @return the draws marked failed, each audited, with the withdrawals a replacement draw took given back */
    List<DrawRecords.Abandoned> sweep() {
        try {
            var abandoned = transaction.execute(status -> failAbandoned());
            return abandoned == null ? List.of() : abandoned;
        } catch (RuntimeException e) {
            log.warn("Looking for abandoned draws failed: {}", e.getClass().getSimpleName());
            return List.of();
        }
    }

    private List<DrawRecords.Abandoned> failAbandoned() {
        var abandoned = records.failAbandoned(ABANDONED, abandonedAfter, clock.instant());
        for (var draw : abandoned) {
            records.reopenWithdrawals(draw.draw());
            audit.record(AuditRecord.of(
                            Actor.system(), draw.assembly(), "selection.draw-failed", "Draw " + draw.number())
                    .withChange(null, "no heartbeat for " + abandonedAfter.toSeconds() + " s: its process stopped"));
        }
        if (!abandoned.isEmpty()) {
            log.warn("{} draw(s) left running by a stopped process were marked failed", abandoned.size());
        }
        return abandoned;
    }
}
