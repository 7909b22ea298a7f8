package org.minipublic.grouping.model;

import java.util.Map;
import java.util.Objects;

/**
 * A member to seat.
 *
 * @param label how plans and name cards show the person (a name, or the id)
 * @param attributes the person's value for each attribute column (diversified or clustered)
 */
public record Person(PersonId id, String label, Map<String, String> attributes) {

    public Person {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
