package org.minipublic.app.identity;

import java.time.Duration;
import java.util.Locale;

/**
 * What the e-mail with a link to choose a new password needs. The link holds the only copy of its token.
 *
 * @param byAdministrator whether an administrator sent it, rather than the user asking for it
 */
public record PasswordResetLetter(
        String email, String link, Locale language, Duration validity, boolean byAdministrator) {

    @Override
    public String toString() {
        return "PasswordResetLetter[byAdministrator=" + byAdministrator + "]"; // the address and the link are secret
    }
}
