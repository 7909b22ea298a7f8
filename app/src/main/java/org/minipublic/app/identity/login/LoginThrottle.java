package org.minipublic.app.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-failures} wrong passwords for one login within {@code window}, that
 * login is refused for {@code lock} even with the right password. Unknown logins are counted the same way, so the
 * response does not reveal which addresses have accounts.
 */
@Component
class LoginThrottle {

    private final LoginFailures failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;

    LoginThrottle(
            LoginFailures failures,
            Clock clock,
            @Value("${minipublic.login.max-failures:5}") int maxFailures,
            @Value("${minipublic.login.window:15m}") Duration window,
            @Value("${minipublic.login.lock:15m}") Duration lock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("minipublic.login.max-failures must be at least 1, was " + maxFailures);
        }
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String login) {
        return failures.isLocked(key(login), clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String login) {
        var now = clock.instant();
        failures.forgetOlderThan(now.minus(window).minus(lock));
        if (failures.increment(key(login), now, now.minus(window)) >= maxFailures) {
            failures.lock(key(login), now.plus(lock));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String login) {
        failures.clear(key(login));
    }

    Duration lockDuration() {
        return lock;
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
