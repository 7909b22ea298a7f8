package org.minipublic.app.programme;

import java.util.Objects;
import java.util.UUID;

/** Identifies one speaker of an assembly. */
public record SpeakerId(UUID value) {

    public SpeakerId {
        Objects.requireNonNull(value, "speaker id must not be null");
    }

    public static SpeakerId random() {
        return new SpeakerId(UUID.randomUUID());
    }

    /** Reads a speaker id from a URL; an id that is not a UUID is refused as bad input. */
    public static SpeakerId valueOf(String text) {
        return new SpeakerId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
