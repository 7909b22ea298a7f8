package org.minipublic.app.deliberation;

import java.util.Objects;
import java.util.UUID;

/** Identifies one draft recommendation. */
public record DraftId(UUID value) {

    public DraftId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static DraftId random() {
        return new DraftId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static DraftId valueOf(String text) {
        return new DraftId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
