package org.minipublic.sortition;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Whether the algorithm finished, and when its time limit stopped it, what its lottery is worth. A stopped fair
 * algorithm's lottery is the fairest (largest smallest chance) over the panels it had found; respondents on none of
 * them have no chance.
 *
 * @param finished true when the algorithm ran to its end
 * @param timeLimit the time limit that stopped it
 * @param steps the work done before the stop (solver calls and rounds of local search): a re-run that stops after as
 *     many ({@link SelectionOptions#replaying}) gives the same result on any computer, however fast
 * @param stoppedWhile what the algorithm was doing when it stopped
 * @param smallestChanceBound for leximin, maximin and Nash: no lottery over valid panels gives everyone a larger
 *     chance than this (the relaxed optimum), so the result's smallest chance is at most this much below the best
 *     possible; {@code null} for legacy, whose chances are estimates
 */
public record Completion(
        boolean finished,
        @Nullable Duration timeLimit,
        long steps,
        String stoppedWhile,
        @Nullable Double smallestChanceBound) {

    public static final Completion FINISHED = new Completion(true, null, 0, "", null);

    /** How much larger the smallest chance could be in the best lottery, at most; {@code null} when unknown. */
    public @Nullable Double smallestChanceGap(double smallestChance) {
        return finished
                ? Double.valueOf(0)
                : smallestChanceBound == null ? null : Math.max(0, smallestChanceBound - smallestChance);
    }
}
