package org.minipublic.app.accountability;

import java.util.Objects;
import java.util.UUID;

/** Identifies one action of an assembly's action plan. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static ActionId valueOf(String text) {
        return new ActionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
