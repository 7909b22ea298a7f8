package org.minipublic.app.planning;

import org.jspecify.annotations.Nullable;

/**
 * One area's line of the plan.
 *
 * @param expectedRate the organiser's expectation, respondents per hundred letters
 * @param observedRate what the rounds so far gave, when at least {@link RecruitmentPlan#OBSERVED_AFTER} letters went
 *     there
 * @param lettersNeeded letters the area needs in all, from the first round on, for the pool the targets ask for
 * @param stillToSend of those, how many have not been sent yet (never more than the households left)
 * @param shortOfHouseholds whether the area has fewer households left than it needs letters
 * @param topUp letters the proposed top-up round sends there
 */
public record AreaPlan(
        String area,
        int households,
        int invited,
        int registered,
        double expectedRate,
        @Nullable Double observedRate,
        int lettersNeeded,
        int stillToSend,
        boolean shortOfHouseholds,
        int topUp) {}
