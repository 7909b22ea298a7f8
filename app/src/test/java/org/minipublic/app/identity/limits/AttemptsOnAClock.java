package org.minipublic.app.identity.limits;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attempts counted on a clock a test moves, against the real table. */
public final class AttemptsOnAClock {

    private AttemptsOnAClock() {}

    public static Attempts create(JdbcClient jdbc, Clock clock) {
        return new Attempts(new AttemptBuckets(jdbc, clock));
    }
}
