package org.minipublic.app.identity.login;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * How many attempts of one kind are allowed before each further one must wait, and how the wait grows. Each limit
 * is a token bucket with several layers: a burst for honest mistakes, then one attempt per short interval, then,
 * when attempts keep coming, one per much longer interval. A wait always ends; none is a lock that the right
 * password cannot pass once it is over.
 */
public enum AttemptLimit {

    /** Passwords tried for one login, known or not: 5 at once, then one per 12 s; after 10, one per 90 s; after 20, one per 12 min. */
    LOGIN_PER_ACCOUNT(
            allow(5, Duration.ofMinutes(1)), allow(10, Duration.ofMinutes(15)), allow(20, Duration.ofHours(4))),

    /** Wrong passwords from one client address, whatever the login: 20 at once, then one per 30 s; after 100, one per 15 min. */
    LOGIN_PER_ADDRESS(allow(20, Duration.ofMinutes(10)), allow(100, Duration.ofDays(1))),

    /** Reset e-mails asked for one address, known or not: 3 at once, then one per 20 min, at most 10 a day. */
    RESET_PER_ACCOUNT(allow(3, Duration.ofHours(1)), allow(10, Duration.ofDays(1))),

    /** Reset e-mails asked from one client address: 10 at once, then one per 6 min, at most 30 a day. */
    RESET_PER_ADDRESS(allow(10, Duration.ofHours(1)), allow(30, Duration.ofDays(1)));

    private final BucketConfiguration configuration;

    AttemptLimit(Bandwidth... layers) {
        var builder = BucketConfiguration.builder();
        for (Bandwidth layer : layers) {
            builder.addLimit(layer);
        }
        this.configuration = builder.build();
    }

    BucketConfiguration configuration() {
        return configuration;
    }

    /** {@code attempts} at once, refilled evenly over {@code period}. */
    private static Bandwidth allow(int attempts, Duration period) {
        return Bandwidth.builder()
                .capacity(attempts)
                .refillGreedy(attempts, period)
                .build();
    }
}
