package org.minipublic.app.recruitment;

import java.util.Map;

/**
 * A registered respondent as the lottery sees them: their household (at most one person per household may be
 * selected) and their value in every category, derived ones included. No name, no contact details.
 *
 * @param values category name to value
 */
public record PoolMember(RespondentId id, HouseholdId household, Map<String, String> values) {

    public PoolMember {
        values = Map.copyOf(values);
    }
}
