package org.minipublic.app.selection;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.InvalidInputException;

/**
 * How many panel seats one value of one category must have.
 *
 * @param population the value's share of the population in per cent (census figures), when targets were worked out
 *     from it; kept so that reports can show panel, targets and population side by side
 */
public record Target(String category, String value, int min, int max, @Nullable Double population) {

    public Target {
        if (min < 0 || max < min) {
            throw new InvalidInputException("targets", "selection.target.min-max", category, value);
        }
        if (population != null && (population < 0 || population > 100)) {
            throw new InvalidInputException("targets", "selection.target.population", category, value);
        }
    }
}
