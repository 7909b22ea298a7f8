package org.minipublic.app.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies one e-mailed link to choose a new password. */
public record PasswordResetId(UUID value) {

    public PasswordResetId {
        Objects.requireNonNull(value, "password reset id must not be null");
    }

    static PasswordResetId random() {
        return new PasswordResetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
