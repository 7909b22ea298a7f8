package org.minipublic.grouping.model;

import java.util.Map;
import java.util.Objects;

/**
 * A member to seat.
 *
 * @param label how plans and name cards show the member (a name, or the id)
 * @param attributes the member's value for each attribute column (diversified or clustered)
 */
public record Member(MemberId id, String label, Map<String, String> attributes) {

    public Member {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
