package org.minipublic.app.surveys;

import java.util.Objects;
import java.util.UUID;

/** Identifies one code (theme) of a survey. */
public record CodeId(UUID value) {

    public CodeId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static CodeId random() {
        return new CodeId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static CodeId valueOf(String text) {
        return new CodeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
