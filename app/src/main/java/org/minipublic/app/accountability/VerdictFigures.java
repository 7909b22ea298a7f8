package org.minipublic.app.accountability;

import java.util.List;

/**
 * What the members' scores for one response add up to: how many gave a score, the median and mean, and how many gave
 * each score from 0 to 10. Shown only from {@link #MINIMUM} scores up, so that a handful of members cannot be told
 * apart by what they chose.
 *
 * @param distribution how many members gave each score, index 0 to 10
 * @param noView how many chose "no view" (not counted in the figures)
 */
public record VerdictFigures(List<Integer> distribution, int noView) {

    /** Fewer scores than this and the figures stay hidden. */
    public static final int MINIMUM = 5;

    public static final int TOP = 10;

    public VerdictFigures {
        distribution = List.copyOf(distribution);
        if (distribution.size() != TOP + 1 || distribution.stream().anyMatch(c -> c < 0) || noView < 0) {
            throw new IllegalArgumentException("a count for each score from 0 to 10, none negative");
        }
    }

    public static VerdictFigures none() {
        return new VerdictFigures(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0);
    }

    /** How many members gave a score (not "no view"). */
    public int count() {
        return distribution.stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether there are enough scores to show the figures without risking a member's secret. */
    public boolean shown() {
        return count() >= MINIMUM;
    }

    /** The middle score, or halfway between the two middle ones; 0 when nobody gave a score. */
    public double median() {
        int count = count();
        if (count == 0) {
            return 0;
        }
        return (scoreAt((count - 1) / 2) + scoreAt(count / 2)) / 2.0;
    }

    public double mean() {
        int count = count();
        int sum = 0;
        for (int score = 0; score <= TOP; score++) {
            sum += score * distribution.get(score);
        }
        return count == 0 ? 0 : (double) sum / count;
    }

    /** The score in place {@code index} (from 0) when every score given is put in order. */
    private int scoreAt(int index) {
        int seen = 0;
        for (int score = 0; score <= TOP; score++) {
            seen += distribution.get(score);
            if (seen > index) {
                return score;
            }
        }
        throw new IllegalStateException("no score at " + index);
    }
}
