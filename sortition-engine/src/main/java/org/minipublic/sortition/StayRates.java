package org.minipublic.sortition;

import java.util.LinkedHashMap;
import java.util.Map;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.target.Targets;

/**
 * Each value's chance that a member with it stays from the draw to the first weekend. A member's chance of staying is
 * the product of their values' rates (values without a rate count as 1), as in the dropout model of Assos, Baharav,
 * Flanigan and Procaccia.
 *
 * @param rates by category, then value, as the targets spell them
 */
public record StayRates(Map<String, Map<String, Double>> rates) {

    /**
     * @throws IllegalArgumentException when a rate is outside [0, 1] or names a category or value the targets lack
     */
    public StayRates {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        rates.forEach((category, values) -> copy.put(category, Map.copyOf(values)));
        rates = Map.copyOf(copy);
        rates.values()
                .forEach(values -> values.forEach((value, rate) -> {
                    if (!(rate >= 0 && rate <= 1)) {
                        throw new IllegalArgumentException(
                                "the stay rate of " + value + " must be between 0 and 1, got " + rate);
                    }
                }));
    }

    /** Checks that every rate names a category and value of the targets. */
    public void check(Targets targets) {
        rates.forEach((category, values) -> {
            var known = targets.category(category)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "stay rates name the category '" + category + "', which the targets do not have"));
            values.keySet().forEach(value -> {
                if (known.indexOf(value).isEmpty()) {
                    throw new IllegalArgumentException(
                            "stay rates name the value '" + value + "' of '" + category + "', which the targets lack");
                }
            });
        });
    }

    /** The chance that this respondent stays. */
    public double of(Respondent respondent, Targets targets) {
        double stay = 1;
        for (int c = 0; c < targets.categories().size(); c++) {
            var values = rates.get(targets.categories().get(c).name());
            if (values != null) {
                stay *= values.getOrDefault(respondent.values().get(c), 1.0);
            }
        }
        return stay;
    }
}
