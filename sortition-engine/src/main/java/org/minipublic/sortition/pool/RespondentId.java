package org.minipublic.sortition.pool;

import java.util.Objects;

/** A respondent's identifier as the input gives it (or the 1-based data row number when the input has none). */
public record RespondentId(String value) implements Comparable<RespondentId> {

    public RespondentId {
        Objects.requireNonNull(value, "respondent id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a respondent id must not be blank");
        }
    }

    @Override
    public int compareTo(RespondentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
