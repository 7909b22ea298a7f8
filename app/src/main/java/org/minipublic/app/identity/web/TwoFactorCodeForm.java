package org.minipublic.app.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first code from the authenticator app, which confirms two-factor sign-in. */
record TwoFactorCodeForm(
        @NotBlank(message = "{two-factor.code.required}") @Size(max = 32, message = "{two-factor.code.wrong}")
                String code) {

    static TwoFactorCodeForm empty() {
        return new TwoFactorCodeForm("");
    }
}
