package org.minipublic.app.voting;

import java.util.Objects;
import java.util.UUID;

/** Identifies one ballot of an assembly. */
public record BallotId(UUID value) {

    public BallotId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static BallotId random() {
        return new BallotId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static BallotId valueOf(String text) {
        return new BallotId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
