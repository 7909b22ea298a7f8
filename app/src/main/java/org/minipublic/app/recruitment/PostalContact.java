package org.minipublic.app.recruitment;

import org.jspecify.annotations.Nullable;

/**
 * How to write to a registered respondent on paper.
 *
 * @param addressLines the address their letter went to, one line each, or {@code null} for someone imported from a
 *     file, whose address the application does not hold
 */
public record PostalContact(
        RespondentId id,
        String firstName,
        String lastName,
        String language,
        java.util.@Nullable List<String> addressLines) {

    public String name() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "PostalContact[" + id + "]"; // name and address are personal data
    }
}
