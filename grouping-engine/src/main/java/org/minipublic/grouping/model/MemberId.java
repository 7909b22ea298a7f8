package org.minipublic.grouping.model;

import java.util.Objects;

/** A member's identifier as the input gives it. */
public record MemberId(String value) implements Comparable<MemberId> {

    public MemberId {
        Objects.requireNonNull(value, "member id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a member id must not be blank");
        }
    }

    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
