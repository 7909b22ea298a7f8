package org.minipublic.app.recruitment;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptLimit.Allowance;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.springframework.stereotype.Component;

/**
 * Keeps guessing registration codes slow without a CAPTCHA. Every use of a code on the public pages counts against
 * that code, and every wrong code counts against the client address it came from; after a few, each further try
 * waits a little longer. A right code does not count against the address, so many households can register from one
 * library or office.
 */
@Component
class CodeLimits {

    /** Uses of one code, on the code page and the form: 20 at once, then one every 3 minutes, at most 60 a day. */
    static final AttemptLimit USES_PER_CODE = AttemptLimit.of(
            "register-per-code", new Allowance(20, Duration.ofHours(1)), new Allowance(60, Duration.ofDays(1)));

    /** Wrong codes from one client address: 10 at once, then one a minute; after 50, about one every half hour. */
    static final AttemptLimit WRONG_CODES_PER_ADDRESS = AttemptLimit.of(
            "register-per-address", new Allowance(10, Duration.ofMinutes(10)), new Allowance(50, Duration.ofDays(1)));

    private final Attempts attempts;

    CodeLimits(Attempts attempts) {
        this.attempts = attempts;
    }

    /** Takes one try for this code from this address; how long to wait instead, when one of them must. */
    Optional<Duration> take(String typed, @Nullable String clientAddress) {
        String code = RegistrationCode.parse(typed).map(RegistrationCode::value).orElse(typed);
        var attempt = attempts.take(
                AttemptSubject.typed(USES_PER_CODE, code),
                AttemptSubject.address(WRONG_CODES_PER_ADDRESS, clientAddress));
        return attempt.granted() ? Optional.empty() : Optional.of(attempt.delay());
    }

    /** The code was right: the address gets its try back. */
    void rightCode(@Nullable String clientAddress) {
        attempts.giveBack(AttemptSubject.address(WRONG_CODES_PER_ADDRESS, clientAddress));
    }
}
