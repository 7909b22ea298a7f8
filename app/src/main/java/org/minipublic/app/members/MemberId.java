package org.minipublic.app.members;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one member: a person taking part in an assembly. */
public record MemberId(UUID value) implements Serializable {

    public MemberId {
        Objects.requireNonNull(value, "member id must not be null");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    /** Parses the textual form used in URLs; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static MemberId valueOf(String text) {
        return new MemberId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
