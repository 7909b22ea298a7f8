package org.minipublic.app.selection;

import java.util.Objects;
import java.util.UUID;

/** Identifies one saved version of an assembly's targets. */
public record TargetSetId(UUID value) {

    public TargetSetId {
        Objects.requireNonNull(value, "target set id must not be null");
    }

    public static TargetSetId random() {
        return new TargetSetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
