package org.minipublic.app.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form behind an invitation link: the new user's name and password. */
record AcceptInvitationForm(
        @NotBlank(message = "{account.name.required}") @Size(max = 100, message = "{account.name.too-long}")
                String displayName,
        @NotBlank(message = "{password.required}") String password,
        @NotBlank(message = "{password.confirm.required}") String passwordConfirmation) {

    static AcceptInvitationForm empty() {
        return new AcceptInvitationForm("", "", "");
    }

    boolean passwordsMatch() {
        return password != null && password.equals(passwordConfirmation);
    }
}
