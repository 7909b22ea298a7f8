package org.minipublic.app.accountability;

import java.util.Objects;
import java.util.UUID;

/** Identifies one recommendation an assembly made, as the institution's response and the action plan refer to it. */
public record RecommendationId(UUID value) {

    public RecommendationId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static RecommendationId random() {
        return new RecommendationId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static RecommendationId valueOf(String text) {
        return new RecommendationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
