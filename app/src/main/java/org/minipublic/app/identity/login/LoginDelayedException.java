package org.minipublic.app.identity.login;

import org.springframework.security.authentication.AccountStatusException;

/** A login attempt refused before its password was checked, because the login or the address must wait first. */
class LoginDelayedException extends AccountStatusException {

    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    LoginDelayedException(long waitSeconds) {
        super("too many attempts; try again in " + waitSeconds + " s");
        this.waitSeconds = waitSeconds;
    }

    long waitSeconds() {
        return waitSeconds;
    }
}
