package org.minipublic.app.recruitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored about one respondent, for the organisers' page about them. Their answers may be special-category
 * data (ethnicity, disability): only roles that manage recruitment are given this.
 *
 * @param person what they gave, as registration or the import took it
 * @param area their household's area on the address list, or for an imported person the file's
 * @param householdKey who they live with: for an imported person what the file gave (or {@code null}), for others
 *     their household's id on the address list
 */
public record RespondentDetails(
        RespondentId id,
        NewRespondent person,
        String area,
        @Nullable String householdKey,
        Source source,
        Instant registeredAt,
        boolean withdrawn) {

    /** How they came into the pool. */
    public enum Source {
        ONLINE,
        PHONE,
        IMPORT
    }

    public String name() {
        return person.firstName() + " " + person.lastName();
    }

    public boolean imported() {
        return source == Source.IMPORT;
    }

    @Override
    public String toString() {
        return "RespondentDetails[" + id + "]"; // the rest is personal data
    }
}
