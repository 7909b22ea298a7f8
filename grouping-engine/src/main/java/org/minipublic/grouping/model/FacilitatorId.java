package org.minipublic.grouping.model;

import java.util.Objects;

/**
 * A facilitator's identifier as the input gives it. Facilitators are not members: they sit at tables, but nobody
 * counts whom they meet.
 */
public record FacilitatorId(String value) {

    public FacilitatorId {
        Objects.requireNonNull(value, "facilitator id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a facilitator id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
