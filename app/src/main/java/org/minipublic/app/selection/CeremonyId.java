package org.minipublic.app.selection;

import java.util.Objects;
import java.util.UUID;

/** Identifies one draw ceremony. */
public record CeremonyId(UUID value) {

    public CeremonyId {
        Objects.requireNonNull(value, "ceremony id must not be null");
    }

    public static CeremonyId random() {
        return new CeremonyId(UUID.randomUUID());
    }

    /** Reads a ceremony id from a URL; an id that is not a UUID is refused as bad input. */
    public static CeremonyId valueOf(String text) {
        return new CeremonyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
