package org.minipublic.app.voting;

import java.util.List;

/**
 * How one item fared.
 *
 * @param position the item's place on the ballot, from 0
 * @param counts how many votes gave each answer, indexed by answer (index 0: left unanswered)
 * @param meeting votes meeting the adoption rule (support at the level or above, or for); for a prioritisation, the
 *     item's score
 * @param base what {@code meeting} is a share of (those who answered, or those for and against, or every vote); 0 for
 *     a prioritisation
 * @param adopted whether the rule was met; always false for a prioritisation
 * @param place for a prioritisation, the item's place by score, from 1 (ties share a place); otherwise 0
 */
public record ItemResult(int position, List<Integer> counts, int meeting, int base, boolean adopted, int place) {

    public ItemResult {
        counts = List.copyOf(counts);
    }

    /** The share meeting the rule, in per cent to one decimal place; 0 when nobody answered. */
    public double percent() {
        return base == 0 ? 0 : Math.round(1000.0 * meeting / base) / 10.0;
    }

    /** Votes that answered the item. */
    public int answered() {
        return counts.stream().mapToInt(Integer::intValue).sum() - counts.get(0);
    }
}
