package org.minipublic.app.identity;

import org.minipublic.app.shared.UserId;

/**
 * An administrator removed a user's two-factor sign-in (a lost phone, say). Published for the notifications module,
 * which tells the user by e-mail; carries the id and the language of the e-mail only.
 */
public record TwoFactorWasReset(UserId userId, String language) {}
