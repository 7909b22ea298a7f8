package org.minipublic.app.identity;

/**
 * What the enrolment page shows: the new TOTP secret as an {@code otpauth://} link drawn as a QR code, and in Base32
 * for typing into an app by hand. Shown to its user only, never logged.
 */
public record TwoFactorEnrolment(String secret, String otpauthUri, String qrCode) {

    /** The secret in groups of four characters, easier to type without losing one's place. */
    public String secretInGroups() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "TwoFactorEnrolment[hidden]";
    }
}
