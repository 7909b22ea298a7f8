package org.minipublic.app.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forgotten-password form: the address the user logs in with. */
record ForgotPasswordForm(
        @NotBlank(message = "{email.required}")
                @Email(message = "{email.invalid}")
                @Size(max = 254, message = "{email.invalid}")
                String email) {

    static ForgotPasswordForm empty() {
        return new ForgotPasswordForm("");
    }
}
