package org.minipublic.app.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Switching two-factor sign-in off: the password and a current code, so that a session left open is not enough. */
record DisableTwoFactorForm(
        @NotBlank(message = "{password.current.required}") String currentPassword,
        @NotBlank(message = "{two-factor.code.required}") @Size(max = 32, message = "{two-factor.code.wrong}")
                String code) {

    static DisableTwoFactorForm empty() {
        return new DisableTwoFactorForm("", "");
    }
}
