package org.minipublic.sortition;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a selection is run, as opposed to what it draws (the {@link SelectionProblem}).
 *
 * @param progress receives short progress messages: from the selecting thread, and while one solver call runs long
 *     from a watchdog thread, so it must accept calls from either
 * @param timeLimit stop after this long with the best lottery found so far (see {@link Completion}); {@code null} for
 *     no limit
 * @param replay to re-run a draw that its time limit stopped: stop where it stopped, however long that takes;
 *     {@code null} otherwise
 */
public record SelectionOptions(ProgressListener progress, @Nullable Duration timeLimit, @Nullable Completion replay) {

    public static final SelectionOptions DEFAULT = new SelectionOptions(ProgressListener.SILENT, null, null);

    public SelectionOptions {
        Objects.requireNonNull(progress);
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
        }
        if (replay != null && replay.finished()) {
            throw new IllegalArgumentException("only a draw that stopped early needs to be replayed to its stop");
        }
    }

    public SelectionOptions withProgress(ProgressListener listener) {
        return new SelectionOptions(listener, timeLimit, replay);
    }

    public SelectionOptions withTimeLimit(@Nullable Duration limit) {
        return new SelectionOptions(progress, limit, replay);
    }

    /** Re-runs a draw that stopped early: it stops after the same work, so it gives the same result. */
    public SelectionOptions replaying(Completion stopped) {
        return new SelectionOptions(progress, null, stopped);
    }
}
