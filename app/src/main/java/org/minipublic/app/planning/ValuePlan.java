package org.minipublic.app.planning;

/**
 * One target value's line of the plan.
 *
 * @param wanted respondents with this value the pool should hold: the target's minimum times the pool per seat
 * @param shortfall how many more are wanted than the pool holds (0 when it holds enough)
 * @param expectedAfterTopUp the pool's expected count after the proposed top-up round
 */
public record ValuePlan(
        String category, String value, int min, int wanted, int inPool, int shortfall, double expectedAfterTopUp) {

    /** Whether the top-up round is expected to close the shortfall (half a respondent of slack for rounding). */
    public boolean metAfterTopUp() {
        return expectedAfterTopUp + 0.5 >= wanted;
    }
}
