package org.minipublic.app.deliberation;

import java.util.Objects;
import java.util.UUID;

/** Identifies one theme of an assembly's deliberation. */
public record ThemeId(UUID value) {

    public ThemeId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static ThemeId random() {
        return new ThemeId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static ThemeId valueOf(String text) {
        return new ThemeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
