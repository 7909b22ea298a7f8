package org.minipublic.app.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The page an e-mailed password link opens: the new password, twice. */
record ResetPasswordForm(
        @NotBlank(message = "{password.required}") String password,
        @NotBlank(message = "{password.confirm.required}") String passwordConfirmation) {

    static ResetPasswordForm empty() {
        return new ResetPasswordForm("", "");
    }

    boolean passwordsMatch() {
        return password != null && password.equals(passwordConfirmation);
    }
}
