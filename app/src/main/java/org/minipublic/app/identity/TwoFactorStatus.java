package org.minipublic.app.identity;

/**
 * A user's two-factor sign-in as their account page shows it.
 *
 * @param enabled whether login asks for a code after the password
 * @param required whether the user may not do without it (administrators and organisers, when the installation
 *     requires it), so it cannot be switched off
 * @param backupCodesLeft how many backup codes have not been used yet
 */
public record TwoFactorStatus(boolean enabled, boolean required, int backupCodesLeft) {}
