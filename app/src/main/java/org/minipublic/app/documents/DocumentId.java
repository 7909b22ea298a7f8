package org.minipublic.app.documents;

import java.util.Objects;
import java.util.UUID;

/** Identifies one requested document. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static DocumentId valueOf(String text) {
        return new DocumentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
