package org.minipublic.app.recruitment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one respondent: a person who registered. */
public record RespondentId(UUID value) {

    public RespondentId {
        Objects.requireNonNull(value, "respondent id must not be null");
    }

    public static RespondentId random() {
        return new RespondentId(UUID.randomUUID());
    }

    public static RespondentId valueOf(String text) {
        return new RespondentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
