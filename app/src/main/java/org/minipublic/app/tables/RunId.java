package org.minipublic.app.tables;

import java.util.Objects;
import java.util.UUID;

/** Identifies one run of the grouping engine. */
public record RunId(UUID value) {

    public RunId {
        Objects.requireNonNull(value, "run id must not be null");
    }

    public static RunId random() {
        return new RunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
