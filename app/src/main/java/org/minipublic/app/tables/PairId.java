package org.minipublic.app.tables;

import java.util.Objects;
import java.util.UUID;

/** Identifies one keep-apart or keep-together pair. */
public record PairId(UUID value) {

    public PairId {
        Objects.requireNonNull(value, "pair id must not be null");
    }

    public static PairId random() {
        return new PairId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
