package org.minipublic.app.surveys;

import java.util.Objects;
import java.util.UUID;

/** Identifies one survey of an assembly. */
public record SurveyId(UUID value) {

    public SurveyId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static SurveyId random() {
        return new SurveyId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static SurveyId valueOf(String text) {
        return new SurveyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
