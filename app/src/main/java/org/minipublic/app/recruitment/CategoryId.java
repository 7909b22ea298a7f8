package org.minipublic.app.recruitment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one category (a stratification question) of an assembly. */
public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "category id must not be null");
    }

    public static CategoryId random() {
        return new CategoryId(UUID.randomUUID());
    }

    public static CategoryId valueOf(String text) {
        return new CategoryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
