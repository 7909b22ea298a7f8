package org.minipublic.app.identity.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How many attempts of one kind are allowed before each further one must wait, and how the wait grows. Each limit
 * is a token bucket with several layers ({@link Allowance}s): a burst for honest mistakes, then one attempt per short
 * interval, then, when attempts keep coming, one per much longer interval. A wait always ends; none is a lock that
 * the right answer cannot pass once it is over. Modules define their own limits with {@link #of}; the name keeps
 * their counts apart.
 *
 * @param name short, lower-case and unique, e.g. {@code login-per-account}: it starts the key of every count
 */
public record AttemptLimit(String name, List<Allowance> allowances) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** Passwords tried for one login, known or not: 5 at once, then one per 12 s; after 10, one per 90 s; after 20, one per 12 min. */
    public static final AttemptLimit LOGIN_PER_ACCOUNT = of(
            "login-per-account",
            new Allowance(5, Duration.ofMinutes(1)),
            new Allowance(10, Duration.ofMinutes(15)),
            new Allowance(20, Duration.ofHours(4)));

    /** Wrong passwords from one client address, whatever the login: 20 at once, then one per 30 s; after 100, one per 15 min. */
    public static final AttemptLimit LOGIN_PER_ADDRESS =
            of("login-per-address", new Allowance(20, Duration.ofMinutes(10)), new Allowance(100, Duration.ofDays(1)));

    /** Reset e-mails asked for one address, known or not: 3 at once, then one per 20 min, at most 10 a day. */
    public static final AttemptLimit RESET_PER_ACCOUNT =
            of("reset-per-account", new Allowance(3, Duration.ofHours(1)), new Allowance(10, Duration.ofDays(1)));

    /** Reset e-mails asked from one client address: 10 at once, then one per 6 min, at most 30 a day. */
    public static final AttemptLimit RESET_PER_ADDRESS =
            of("reset-per-address", new Allowance(10, Duration.ofHours(1)), new Allowance(30, Duration.ofDays(1)));

    public AttemptLimit {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a limit's name is lower-case letters, digits and '-', at most 32: " + name);
        }
        allowances = List.copyOf(allowances);
        if (allowances.isEmpty()) {
            throw new IllegalArgumentException("limit " + name + " needs at least one allowance");
        }
    }

    public static AttemptLimit of(String name, Allowance... allowances) {
        return new AttemptLimit(name, List.of(allowances));
    }

    BucketConfiguration configuration() {
        var builder = BucketConfiguration.builder();
        for (Allowance allowance : allowances) {
            builder.addLimit(Bandwidth.builder()
                    .capacity(allowance.attempts())
                    .refillGreedy(allowance.attempts(), allowance.period())
                    .build());
        }
        return builder.build();
    }

    /** {@code attempts} at once, refilled evenly over {@code period}. */
    public record Allowance(int attempts, Duration period) {

        public Allowance {
            Objects.requireNonNull(period, "period");
            if (attempts < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("an allowance is at least one attempt over a positive period");
            }
        }
    }
}
