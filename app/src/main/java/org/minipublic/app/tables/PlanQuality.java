package org.minipublic.app.tables;

import org.jspecify.annotations.Nullable;

/**
 * How good a stored plan is, over every session the run saw (locked ones included), beside what no plan can beat and
 * what seating people at random would give on average.
 *
 * @param repeatedPairs Σ over pairs of members of max(0, times met − 1)
 * @param repeatedBound no plan can have fewer repeated meetings
 * @param repeatedRandom the repeated meetings random seating gives on average, worked out exactly
 * @param consecutivePairs times a pair shared a table in two sessions in a row
 * @param consecutiveBound no plan can have fewer
 * @param worstDeviation the largest gap, in seats, between a table's count of a value and its proportional share
 * @param engineStatus OPTIMAL, BEST_FOUND or TIME_LIMIT
 * @param widenedSessions sessions whose make-up band had to be widened to keep the rules
 */
public record PlanQuality(
        long repeatedPairs,
        long repeatedBound,
        double repeatedRandom,
        long consecutivePairs,
        long consecutiveBound,
        int mostTimesMet,
        int fewestPeopleMet,
        double worstDeviation,
        String engineStatus,
        double seconds,
        int widenedSessions) {

    /**
     * How much of the gap between random seating and the lower bound this plan closes, in per cent (100 is as good as
     * any plan can be); null when random seating already reaches the bound, as when everyone meets only once anyway.
     */
    public @Nullable Long gapClosedPercent() {
        double gap = repeatedRandom - repeatedBound;
        if (gap < 0.5) {
            return null;
        }
        return Math.round(100 * (repeatedRandom - repeatedPairs) / gap);
    }

    /** Random seating's average, rounded for display. */
    public long repeatedRandomRounded() {
        return Math.round(repeatedRandom);
    }

    public boolean optimal() {
        return "OPTIMAL".equals(engineStatus);
    }
}
