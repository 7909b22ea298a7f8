package org.minipublic.app.identity;

import java.util.Locale;

/**
 * What the e-mail telling a user that their two-factor sign-in was reset needs.
 *
 * @param mustEnrolAgain whether they will be asked to set it up again at their next login
 */
public record TwoFactorResetLetter(String email, Locale language, boolean mustEnrolAgain) {

    @Override
    public String toString() {
        return "TwoFactorResetLetter[mustEnrolAgain=" + mustEnrolAgain + "]"; // the address is personal data
    }
}
