package org.minipublic.sortition.pool;

import java.util.Objects;

/** A respondent's identifier as the input gives it (or the 1-based data row number when the input has none). */
public record CandidateId(String value) implements Comparable<CandidateId> {

    public CandidateId {
        Objects.requireNonNull(value, "candidate id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a candidate id must not be blank");
        }
    }

    @Override
    public int compareTo(CandidateId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
