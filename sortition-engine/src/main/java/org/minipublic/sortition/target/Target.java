package org.minipublic.sortition.target;

import java.util.Objects;

/**
 * The seats one value of one category may take in the panel: at least {@code min}, at most {@code max}. When the
 * targets conflict, the minimum may be lowered down to {@code minFlex} and the maximum raised up to {@code maxFlex}.
 */
public record Target(String category, String value, int min, int max, int minFlex, int maxFlex) {

    public Target {
        Objects.requireNonNull(category);
        Objects.requireNonNull(value);
        if (min < 0 || max < min) {
            throw new IllegalArgumentException(
                    category + "/" + value + ": need 0 <= min <= max, got " + min + ".." + max);
        }
        if (minFlex < 0 || minFlex > min || maxFlex < max) {
            throw new IllegalArgumentException(
                    category + "/" + value + ": need 0 <= min_flex <= min and max_flex >= max");
        }
    }

    /** A target that organisers do not allow to move. */
    public static Target fixed(String category, String value, int min, int max) {
        return new Target(category, value, min, max, min, max);
    }

    public String label() {
        return category + " " + value;
    }
}
