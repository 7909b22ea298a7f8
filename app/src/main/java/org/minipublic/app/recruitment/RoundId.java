package org.minipublic.app.recruitment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one invitation round: one run of the invitation lottery. */
public record RoundId(UUID value) {

    public RoundId {
        Objects.requireNonNull(value, "round id must not be null");
    }

    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    public static RoundId valueOf(String text) {
        return new RoundId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
