package org.minipublic.app.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first-run form that creates the platform administrator. */
record SetupForm(
        @NotBlank(message = "{account.name.required}") @Size(max = 100, message = "{account.name.too-long}")
                String displayName,
        @NotBlank(message = "{email.required}") @Email(message = "{email.invalid}") String email,
        @NotBlank(message = "{password.required}") String password,
        @NotBlank(message = "{password.confirm.required}") String passwordConfirmation) {

    static SetupForm empty() {
        return new SetupForm("", "", "", "");
    }

    boolean passwordsMatch() {
        return password != null && password.equals(passwordConfirmation);
    }
}
