package org.minipublic.app.surveys;

import java.util.Objects;
import java.util.UUID;

/** Identifies one question of a survey. */
public record QuestionId(UUID value) {

    public QuestionId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static QuestionId random() {
        return new QuestionId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static QuestionId valueOf(String text) {
        return new QuestionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
