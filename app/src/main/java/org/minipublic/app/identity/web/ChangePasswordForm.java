package org.minipublic.app.identity.web;

import jakarta.validation.constraints.NotBlank;

/** A user's own password change: the current password, and the new one twice. */
record ChangePasswordForm(
        @NotBlank(message = "{password.current.required}") String currentPassword,
        @NotBlank(message = "{password.required}") String newPassword,
        @NotBlank(message = "{password.confirm.required}") String newPasswordConfirmation) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }

    boolean passwordsMatch() {
        return newPassword != null && newPassword.equals(newPasswordConfirmation);
    }
}
