package org.minipublic.grouping.search;

/**
 * What a plan costs, term by term, in order of importance.
 *
 * @param repeats Σ over pairs of max(0, times met − 1): meetings beyond the first
 * @param consecutive meetings of a pair in two consecutive sessions (counted once per pair of sessions)
 * @param deviation Σ over tables, diversified attributes and values of |count − proportional share|
 */
public record Objective(long repeats, long consecutive, double deviation) {

    /** Repeated meetings cost 1; one in the next session costs 3 more; make-up deviation matters least. */
    public static final double REPEAT = 1;

    public static final double CONSECUTIVE = 3;
    public static final double DEVIATION = 0.01;

    /** Whether this is as good as {@code bound} in every term (so, when the bound is a lower bound, optimal). */
    public boolean reaches(Objective bound) {
        return repeats <= bound.repeats && consecutive <= bound.consecutive && deviation <= bound.deviation + 1e-6;
    }

    public double cost() {
        return REPEAT * repeats + CONSECUTIVE * consecutive + DEVIATION * deviation;
    }
}
