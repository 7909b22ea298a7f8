package org.minipublic.app.selection;

import java.util.Objects;
import java.util.UUID;

/** Identifies one draw. */
public record DrawId(UUID value) {

    public DrawId {
        Objects.requireNonNull(value, "draw id must not be null");
    }

    public static DrawId random() {
        return new DrawId(UUID.randomUUID());
    }

    /** Reads a draw id from a URL; an id that is not a UUID is refused as bad input. */
    public static DrawId valueOf(String text) {
        return new DrawId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
