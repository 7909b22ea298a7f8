package org.minipublic.app.tables;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run of the grouping engine as its page shows it.
 *
 * @param failure the message key of the reason it failed, or empty
 * @param failureDetail the engine's own words on what cannot hold, or empty
 * @param quality filled in once it is done
 */
public record PlanRun(
        RunId id,
        Status status,
        long seed,
        int sessions,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String failure,
        String failureDetail,
        @Nullable PlanQuality quality) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
