package org.minipublic.app.identity;

import org.minipublic.app.shared.InvalidInputException;

/**
 * Passwords are long rather than complicated (NIST SP 800-63B): at least 12 characters, at most 128, and not the
 * e-mail address.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static void check(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "password.too-long", MAX_LENGTH);
        }
        if (password.trim().equalsIgnoreCase(email.trim())) {
            throw new InvalidInputException(field, "password.is-email");
        }
    }
}
