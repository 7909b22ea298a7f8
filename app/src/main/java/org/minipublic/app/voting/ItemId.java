package org.minipublic.app.voting;

import java.util.Objects;
import java.util.UUID;

/** Identifies one item (a recommendation or a question) on a ballot. */
public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static ItemId random() {
        return new ItemId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static ItemId valueOf(String text) {
        return new ItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
