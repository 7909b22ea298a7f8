package org.minipublic.grouping.model;

import java.util.Objects;

/** A person's identifier as the input gives it. */
public record PersonId(String value) implements Comparable<PersonId> {

    public PersonId {
        Objects.requireNonNull(value, "person id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a person id must not be blank");
        }
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
