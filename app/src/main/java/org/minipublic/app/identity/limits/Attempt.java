package org.minipublic.app.identity.limits;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of taking one attempt from some limits: either it may go ahead (and {@code usedUp} names the limits
 * whose last allowed attempt it took), or it must wait {@code delay} and nothing was counted.
 */
public record Attempt(Duration delay, List<AttemptSubject> usedUp) {

    public Attempt {
        usedUp = List.copyOf(usedUp);
    }

    static Attempt granted(List<AttemptSubject> usedUp) {
        return new Attempt(Duration.ZERO, usedUp);
    }

    static Attempt refused(Duration delay) {
        return new Attempt(delay, List.of());
    }

    public boolean granted() {
        return delay.isZero();
    }

    /** The wait in whole seconds, rounded up, as a person is told it. */
    public long waitSeconds() {
        return (delay.toNanos() + 999_999_999L) / 1_000_000_000L;
    }
}
