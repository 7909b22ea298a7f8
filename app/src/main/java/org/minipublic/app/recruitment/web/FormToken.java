package org.minipublic.app.recruitment.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A signed note of when a public form was shown. People take more than a few seconds to fill in a registration form;
 * scripts that post it straight away do not, so a form sent back too soon is refused, and so is one older than a few
 * hours (the page should be reloaded). No CAPTCHA: those shut out people using screen readers.
 *
 * <p>The key comes from {@code minipublic.form-secret}, which several application nodes must share; without it each
 * start makes its own, and forms shown before a restart must be sent again.
 */
@Component
class FormToken {

    static final Duration FASTEST = Duration.ofSeconds(3);
    static final Duration OLDEST = Duration.ofHours(4);

    enum Verdict {
        ACCEPTED,
        TOO_FAST,
        EXPIRED,
        FORGED
    }

    private final SecretKeySpec key;
    private final Clock clock;

    FormToken(@Value("${minipublic.form-secret:}") String secret, Clock clock) {
        byte[] bytes = secret.isBlank() ? randomKey() : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.clock = clock;
    }

    String issue() {
        return issuedAt(clock.instant());
    }

    /** A token as if the form had been shown at {@code at}; for tests of the timing rules. */
    String issuedAt(Instant at) {
        String issued = Long.toString(at.getEpochSecond());
        return issued + "." + sign(issued);
    }

    Verdict check(String token) {
        int dot = token.indexOf('.');
        if (dot < 1
                || !MessageDigest.isEqual(
                        sign(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                        token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(token.substring(0, dot)));
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        var age = Duration.between(issued, clock.instant());
        if (age.compareTo(FASTEST) < 0) {
            return Verdict.TOO_FAST;
        }
        return age.compareTo(OLDEST) > 0 ? Verdict.EXPIRED : Verdict.ACCEPTED;
    }

    private String sign(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] randomKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
