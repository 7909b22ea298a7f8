package org.minipublic.sortition.solver;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one selection within its time limit, lets its thread be interrupted, and reports its progress. The work is
 * counted in steps (a solver call, a round of local search); a selection stops only where a step begins, or inside
 * one whose work is then thrown away, so one that stopped after n steps can be re-run exactly by stopping it after n
 * steps. A watchdog thread stops a running solver call when the time is up or the thread is interrupted, and says
 * what the selection is doing when a solver call runs long.
 */
public final class RunControl implements AutoCloseable {

    /** Why a selection stopped. */
    public enum Reason {
        TIME_LIMIT,
        INTERRUPTED,
        STEP_LIMIT
    }

    /** The selection stopped after {@code completedSteps} steps, while doing {@code phase}. */
    public static final class Stopped extends RuntimeException {

        private final Reason reason;
        private final long completedSteps;
        private final String phase;

        Stopped(Reason reason, long completedSteps, String phase) {
            super(reason + " after " + completedSteps + " steps, " + phase, null, false, false);
            this.reason = reason;
            this.completedSteps = completedSteps;
            this.phase = phase;
        }

        public Reason reason() {
            return reason;
        }

        public long completedSteps() {
            return completedSteps;
        }

        public String phase() {
            return phase;
        }
    }

    private final Watchdog watchdog;
    private long stepLimit;
    private long steps;

    private RunControl(Watchdog watchdog, long stepLimit) {
        this.watchdog = watchdog;
        this.stepLimit = stepLimit;
    }

    /**
     * Starts watching the calling thread.
     *
     * @param timeLimit stop once this has passed; {@code null} for no limit
     * @param stepLimit stop after this many steps (to re-run a selection that stopped); {@code Long.MAX_VALUE} for none
     * @param clock nanoseconds from any fixed origin, such as {@code System::nanoTime}
     */
    public static RunControl start(
            Consumer<String> progress, @Nullable Duration timeLimit, long stepLimit, LongSupplier clock) {
        return new RunControl(Watchdog.start(Thread.currentThread(), progress, timeLimit, clock), stepLimit);
    }

    /** No limit, no progress, no watchdog: for checks whose callers wait for the answer. */
    public static RunControl unlimited() {
        return new RunControl(Watchdog.none(), Long.MAX_VALUE);
    }

    /** Says what the selection is doing now; the watchdog repeats it while a solver call runs long. */
    public void phase(String description) {
        watchdog.phase(description);
    }

    public void progress(String message) {
        watchdog.progress(message);
    }

    /** Says how far a long phase has got, at most every few seconds, so that a quick selection says little. */
    public void report(Supplier<String> message) {
        watchdog.report(message);
    }

    /** Begins a step, or stops the selection when its time is up, its thread interrupted or its steps used. */
    public void step() {
        var reason = watchdog.stopReason();
        if (reason == null && steps >= stepLimit) {
            reason = Reason.STEP_LIMIT;
        }
        if (reason != null) {
            throw new Stopped(reason, steps, watchdog.phase());
        }
        steps++;
    }

    /** Inside a step that has changed nothing yet: stops, discarding the step, when the time is up. */
    public void checkpoint() {
        var reason = watchdog.stopReason();
        if (reason != null) {
            throw new Stopped(reason, steps - 1, watchdog.phase());
        }
    }

    /**
     * Runs one solver call as a step. {@code stop} asks the solver, from the watchdog's thread, to return early; a
     * call it stopped is thrown away.
     */
    public <T> T solve(Runnable stop, Supplier<T> call) {
        step();
        T result = watchdog.whileRunning(stop, call);
        checkpoint();
        return result;
    }

    /** Milliseconds to give a solver as its own time limit, a safety net behind the watchdog; empty when unlimited. */
    public OptionalLong solverTimeLimitMillis() {
        return watchdog.remainingMillis().stream().map(m -> m + 2_000).findFirst();
    }

    /**
     * After a stop at the time or step limit: lifts both, so that the best lottery found can be put together (only
     * an interruption stops that).
     */
    public void finishing() {
        watchdog.liftTimeLimit();
        stepLimit = Long.MAX_VALUE;
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
