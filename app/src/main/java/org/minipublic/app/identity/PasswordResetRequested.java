package org.minipublic.app.identity;

/**
 * Someone asked for a link to choose a new password (the user, through the forgotten-password form, or an
 * administrator for them). Published for the notifications module, which asks {@link Passwords#issueLetter} for what
 * the e-mail needs. The event carries the id only: no address and no link, because the publication registry stores
 * events as they are.
 */
public record PasswordResetRequested(PasswordResetId resetId) {}
