package org.minipublic.app.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 30-second steps, 6 digits.
 * A code is accepted for the current step and one step either side, so a phone clock a little off still works.
 */
final class Totp {

    static final Totp STANDARD = new Totp(Duration.ofSeconds(30), 6, "HmacSHA1");

    /** Steps either side of the current one whose codes are still accepted. */
    static final int TOLERANCE = 1;

    private final TimeBasedOneTimePasswordGenerator generator;
    private final long stepSeconds;
    private final int digits;
    private final String algorithm;

    Totp(Duration step, int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(step, digits, algorithm);
        this.stepSeconds = step.toSeconds();
        this.digits = digits;
        this.algorithm = algorithm;
    }

    long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), stepSeconds);
    }

    /** The code for one time step, with leading zeros. */
    String code(byte[] secret, long step) {
        try {
            int value = generator.generateOneTimePassword(
                    new SecretKeySpec(secret, algorithm), Instant.ofEpochSecond(step * stepSeconds));
            return String.format("%0" + digits + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /** The step whose code this is, among the current step and its neighbours; empty when none matches. */
    OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        long current = stepAt(now);
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if (MessageDigest.isEqual(
                    code(secret, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether the text looks like a code of this length (the check itself is {@link #matchingStep}). */
    boolean looksLikeCode(String text) {
        return text.length() == digits && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
