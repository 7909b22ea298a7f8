package org.minipublic.app.identity.login;

/** Sizes beyond which a login attempt cannot be right, so it is refused before it reaches the database. */
final class LoginLimits {

    /** The longest e-mail address an account can have (RFC 5321 path limit, as {@code EmailAddresses} checks). */
    static final int MAX_LOGIN_LENGTH = 254;

    private LoginLimits() {}
}
