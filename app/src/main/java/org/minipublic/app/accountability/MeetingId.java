package org.minipublic.app.accountability;

import java.util.Objects;
import java.util.UUID;

/** Identifies one review meeting of an assembly's action plan. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static MeetingId valueOf(String text) {
        return new MeetingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
