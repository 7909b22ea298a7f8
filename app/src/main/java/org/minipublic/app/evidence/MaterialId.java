package org.minipublic.app.evidence;

import java.util.Objects;
import java.util.UUID;

/** Identifies one evidence material of an assembly. */
public record MaterialId(UUID value) {

    public MaterialId {
        Objects.requireNonNull(value, "material id must not be null");
    }

    public static MaterialId random() {
        return new MaterialId(UUID.randomUUID());
    }

    /** Reads a material id from a URL; an id that is not a UUID is refused as bad input. */
    public static MaterialId valueOf(String text) {
        return new MaterialId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
