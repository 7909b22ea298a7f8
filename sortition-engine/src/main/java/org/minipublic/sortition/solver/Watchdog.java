package org.minipublic.sortition.solver;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.solver.RunControl.Reason;

/**
 * The thread that watches a selection from outside: native solver calls do not notice a Java interrupt or a deadline,
 * so while one runs, this thread checks both every tenth of a second and asks the solver to return. It also repeats
 * what the selection is doing when nothing has been said for a while, so that a long solver call is never silent.
 */
final class Watchdog implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    /** A long solver call is announced again after this much silence. */
    private static final long QUIET_NANOS = 10_000_000_000L;

    /** Reports of how far a phase has got come at most this often. */
    private static final long REPORT_NANOS = 2_000_000_000L;

    private static final long NO_END = Long.MAX_VALUE;

    private final Thread owner;
    private final Consumer<String> progress;
    private final LongSupplier clock;
    private final long start;
    private final Object lock = new Object();
    private long end; // guarded by lock
    private @Nullable Reason stopped; // guarded by lock
    private @Nullable Runnable running; // guarded by lock: stops the solver call in progress
    private volatile String phase = "starting";
    private volatile long lastMessage;
    private volatile boolean closed;

    private Watchdog(Thread owner, Consumer<String> progress, @Nullable Duration limit, LongSupplier clock) {
        this.owner = owner;
        this.progress = progress;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.end = limit == null ? NO_END : start + limit.toNanos();
        this.lastMessage = start;
    }

    static Watchdog start(Thread owner, Consumer<String> progress, @Nullable Duration limit, LongSupplier clock) {
        var watchdog = new Watchdog(owner, progress, limit, clock);
        var thread = new Thread(watchdog::watch, "minipublic-sortition-watchdog");
        thread.setDaemon(true);
        thread.start();
        return watchdog;
    }

    /** Watches nothing from outside: interrupts and limits are noticed only between solver calls. */
    static Watchdog none() {
        var watchdog = new Watchdog(Thread.currentThread(), message -> {}, null, () -> 0);
        watchdog.closed = true;
        return watchdog;
    }

    @Nullable
    Reason stopReason() {
        synchronized (lock) {
            if (stopped == null && owner.isInterrupted()) {
                stopped = Reason.INTERRUPTED;
            } else if (stopped == null && end != NO_END && clock.getAsLong() - end > 0) {
                stopped = Reason.TIME_LIMIT;
            }
            return stopped;
        }
    }

    <T> T whileRunning(Runnable stop, Supplier<T> call) {
        synchronized (lock) {
            running = stop;
        }
        try {
            return call.get();
        } finally {
            // Taking the lock waits for a stop in progress, so the solver is never stopped after it was freed.
            synchronized (lock) {
                running = null;
            }
        }
    }

    void liftTimeLimit() {
        synchronized (lock) {
            end = NO_END;
            if (stopped == Reason.TIME_LIMIT) {
                stopped = null;
            }
        }
    }

    OptionalLong remainingMillis() {
        synchronized (lock) {
            return end == NO_END
                    ? OptionalLong.empty()
                    : OptionalLong.of(Math.max(0, (end - clock.getAsLong()) / 1_000_000));
        }
    }

    void phase(String description) {
        phase = description;
        progress(Character.toUpperCase(description.charAt(0)) + description.substring(1));
    }

    String phase() {
        return phase;
    }

    void progress(String message) {
        lastMessage = clock.getAsLong();
        progress.accept(message);
    }

    void report(Supplier<String> message) {
        if (clock.getAsLong() - lastMessage > REPORT_NANOS) {
            progress(message.get());
        }
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return; // closed
            }
            if (stopRunningCall() == null && clock.getAsLong() - lastMessage > QUIET_NANOS) {
                progress(String.format(
                        Locale.ROOT, "Still %s (%.0f s so far)", phase, (clock.getAsLong() - start) / 1e9));
            }
        }
    }

    /** Asks the running solver call to return, again at every poll, once the selection must stop. */
    private @Nullable Reason stopRunningCall() {
        synchronized (lock) {
            var reason = stopReason();
            if (reason != null && running != null) {
                running.run();
            }
            return reason;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
