package org.minipublic.app.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one assembly: one deliberative process on one question. */
public record AssemblyId(UUID value) implements Serializable {

    public AssemblyId {
        Objects.requireNonNull(value, "assembly id must not be null");
    }

    public static AssemblyId random() {
        return new AssemblyId(UUID.randomUUID());
    }

    /** Parses the textual form used in URLs; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static AssemblyId valueOf(String text) {
        return new AssemblyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
