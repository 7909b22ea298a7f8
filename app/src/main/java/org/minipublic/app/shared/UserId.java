package org.minipublic.app.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user: someone who logs in. A member need not be a user. */
public record UserId(UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value, "user id must not be null");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses the textual form used in URLs; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static UserId valueOf(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
