package org.minipublic.app.recruitment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one household on an assembly's address list. */
public record HouseholdId(UUID value) {

    public HouseholdId {
        Objects.requireNonNull(value, "household id must not be null");
    }

    public static HouseholdId random() {
        return new HouseholdId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
