package org.minipublic.app.accountability;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.InvalidInputException;

/**
 * What a member chose for one response: a score from 0 (does not meet the recommendation at all) to 10 (fully), or
 * no view.
 *
 * @param score null for "no view"
 */
public record VerdictChoice(@Nullable Integer score) {

    public static final VerdictChoice NO_VIEW = new VerdictChoice(null);

    public VerdictChoice {
        if (score != null && (score < 0 || score > VerdictFigures.TOP)) {
            throw new IllegalArgumentException("a score from 0 to 10");
        }
    }

    /**
     * Reads a choice as the form sends it: "0" to "10", or "none".
     *
     * @throws InvalidInputException for anything else
     */
    public static VerdictChoice parse(String text) {
        if (text.equals("none")) {
            return NO_VIEW;
        }
        if (text.matches("\\d{1,2}") && Integer.parseInt(text) <= VerdictFigures.TOP) {
            return new VerdictChoice(Integer.parseInt(text));
        }
        throw new InvalidInputException("verdict", "accountability.portal-verdict.invalid");
    }
}
