package org.minipublic.app.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells long jobs a live process is running (draws, table plans) from jobs whose process stopped, with several
 * application nodes on one database. The node running a job refreshes the job's heartbeat every few seconds; every
 * node, at start-up and then periodically, sweeps: it marks failed the running jobs whose heartbeat is older than the
 * timeout, so they can be run again. Starting a node therefore never stops a job another node is running.
 *
 * <p>The module owning the jobs says how to beat and how to sweep (its own table). Both run on a thread of their own
 * rather than the shared scheduler, so that a long task there (the retention purge) cannot hold up a heartbeat.
 *
 * @param <T> the job's identifier
 */
public final class Heartbeat<T> {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    /** How often a job's heartbeat is refreshed, after how long without one it counts as abandoned, how often to look. */
    public record Timing(Duration every, Duration abandonedAfter, Duration sweepEvery) {

        /**
         * @param settings the settings' prefix, named in the message when the timing is refused
         * @throws IllegalStateException when a late heartbeat could fail a job that is still running
         */
        public Timing checked(String settings) {
            if (every.isNegative() || every.isZero() || abandonedAfter.compareTo(every.multipliedBy(3)) < 0) {
                throw new IllegalStateException(settings + ".abandoned-after (" + abandonedAfter + ") must be at least"
                        + " three times " + settings + ".heartbeat-every (" + every + "), so that a late heartbeat"
                        + " does not fail a job that is still running");
            }
            if (sweepEvery.isNegative() || sweepEvery.isZero()) {
                throw new IllegalStateException(settings + ".sweep-every must be positive, not " + sweepEvery);
            }
            return this;
        }
    }

    private final String name;
    private final Timing timing;
    private final Consumer<Collection<T>> beat;
    private final Runnable sweep;
    private final Set<T> ours = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    /**
     * @param beat refreshes the heartbeat of the given running jobs (never called with none)
     * @param sweep marks failed the jobs whose heartbeat is older than {@link Timing#abandonedAfter()}
     */
    public Heartbeat(String name, Timing timing, Consumer<Collection<T>> beat, Runnable sweep) {
        this.name = name;
        this.timing = timing;
        this.beat = beat;
        this.sweep = sweep;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, name + "-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** From the job being queued on this node until it has ended, its heartbeat is kept fresh. */
    public void running(T job) {
        ours.add(job);
    }

    public void ended(T job) {
        ours.remove(job);
    }

    /** Whether the job is queued or running on this node. */
    public boolean beating(T job) {
        return ours.contains(job);
    }

    /** Call as the owner is made, so that jobs started while the application starts (the demo's) are kept alive. */
    public void beatFromNowOn() {
        long every = timing.every().toMillis();
        timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Call as the application becomes ready: sweeps at once, for jobs a stopped process left, then periodically. */
    public void sweepFromNowOn() {
        sweep();
        long every = timing.sweepEvery().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /** As {@link #sweepFromNowOn()}, but the first sweep waits one period too (for an owner still being made). */
    public void sweepLater() {
        long every = timing.sweepEvery().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    public void beat() {
        var jobs = List.copyOf(ours);
        if (jobs.isEmpty()) {
            return;
        }
        try {
            beat.accept(jobs);
        } catch (RuntimeException e) {
            // the next beat tries again; a missed one or two is what the timeout allows for
            log.warn("{} heartbeat failed: {}", name, e.getClass().getSimpleName());
        }
    }

    public void sweep() {
        try {
            sweep.run();
        } catch (RuntimeException e) {
            log.warn(
                    "Looking for abandoned {} jobs failed: {}",
                    name,
                    e.getClass().getSimpleName());
        }
    }

    public Timing timing() {
        return timing;
    }

    /** What the audit log says of a job a sweep marked failed. */
    public String stoppedNote() {
        return "no heartbeat for " + timing.abandonedAfter().toSeconds() + " s: its process stopped";
    }
}
