package org.minipublic.app.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.minipublic.app.identity.AssemblyRole;

/** Invites an e-mail address to the team in a role; the e-mail is written in {@code language}. */
record InviteForm(
        @NotBlank(message = "{email.required}") @Email(message = "{email.invalid}") String email,
        @NotNull(message = "{team.role.required}") AssemblyRole role,
        String language) {

    static InviteForm empty(String language) {
        return new InviteForm("", AssemblyRole.FACILITATOR, language);
    }
}
