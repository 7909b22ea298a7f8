package org.minipublic.app.recruitment;

import java.util.Map;
import java.util.TreeMap;
import org.minipublic.app.shared.InvalidInputException;

/**
 * What an organiser chooses for an invitation round.
 *
 * @param letters how many households to invite
 * @param byArea whether letters are shared out between areas in proportion to their households (stratified), or
 *     drawn from the whole list at once
 * @param boosts per area, a weight on its share (for example 1.5 where fewer people usually answer, 0 for none); 1
 *     where absent
 */
public record RoundSettings(int letters, boolean byArea, Map<String, Double> boosts) {

    public static final int MAX_LETTERS = 100_000;
    /** A weight of 0 sends an area no letters, as a top-up round for other areas does. */
    public static final double MIN_BOOST = 0;

    public static final double MAX_BOOST = 10;

    public RoundSettings {
        if (letters < 1 || letters > MAX_LETTERS) {
            throw new InvalidInputException("letters", "recruitment.round.letters.range");
        }
        for (double boost : boosts.values()) {
            if (!(boost >= MIN_BOOST && boost <= MAX_BOOST)) {
                throw new InvalidInputException("boosts", "recruitment.round.boost.range");
            }
        }
        if (!byArea && !boosts.isEmpty()) {
            throw new InvalidInputException("boosts", "recruitment.round.boost.needs-areas");
        }
        boosts = Map.copyOf(new TreeMap<>(boosts));
    }

    /** How the settings read in the audit log and on the round's page. */
    String describe() {
        return "letters=" + letters + ", byArea=" + byArea
                + (boosts.isEmpty() ? "" : ", boosts=" + new TreeMap<>(boosts));
    }
}
