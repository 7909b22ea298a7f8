package org.minipublic.app.followup;

import java.util.Objects;
import java.util.UUID;

/** Identifies one follow-up event. */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static EventId valueOf(String text) {
        return new EventId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
