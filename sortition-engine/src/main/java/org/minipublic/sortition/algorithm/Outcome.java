package org.minipublic.sortition.algorithm;

import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an algorithm produced.
 *
 * @param distribution the fair lottery over panels, or {@code null} for {@code legacy}, which has none
 * @param chances each respondent's chance of selection (estimated from {@code runs} runs for {@code legacy})
 * @param panel for {@code legacy}: the panel of its first run, as respondent indexes; empty otherwise
 * @param panelsGenerated how many distinct panels the algorithm generated while searching
 * @param solverCalls how many optimisation problems it solved
 * @param stop how the algorithm was stopped before it finished, or {@code null} when it finished
 * @param validPanels for {@code uniform}: how many valid panels there are; {@code null} otherwise
 * @param smallestChanceBound when leximin was approached on a very large pool instead of computed: no lottery gives
 *     everyone a larger chance than this; {@code null} otherwise
 */
public record Outcome(
        @Nullable Distribution distribution,
        double[] chances,
        List<Integer> panel,
        int panelsGenerated,
        int solverCalls,
        int runs,
        @Nullable Stop stop,
        @Nullable BigInteger validPanels,
        @Nullable Double smallestChanceBound) {

    /** An algorithm that may count the valid panels. */
    public Outcome(
            @Nullable Distribution distribution,
            double[] chances,
            List<Integer> panel,
            int panelsGenerated,
            int solverCalls,
            int runs,
            @Nullable Stop stop,
            @Nullable BigInteger validPanels) {
        this(distribution, chances, panel, panelsGenerated, solverCalls, runs, stop, validPanels, null);
    }

    /** An algorithm the time limit may have stopped. */
    public Outcome(
            @Nullable Distribution distribution,
            double[] chances,
            List<Integer> panel,
            int panelsGenerated,
            int solverCalls,
            int runs,
            @Nullable Stop stop) {
        this(distribution, chances, panel, panelsGenerated, solverCalls, runs, stop, null);
    }

    /** An algorithm that finished. */
    public Outcome(
            @Nullable Distribution distribution,
            double[] chances,
            List<Integer> panel,
            int panelsGenerated,
            int solverCalls,
            int runs) {
        this(distribution, chances, panel, panelsGenerated, solverCalls, runs, null, null);
    }

    /**
     * The time limit stopped the algorithm; the outcome is the best it had found.
     *
     * @param steps the steps done before the stop: a re-run stopped after as many gives the same outcome
     * @param phase what the algorithm was doing
     * @param smallestChanceBound no lottery gives everyone more than this chance (for the fair algorithms), or
     *     {@code null} for {@code legacy}
     */
    public record Stop(long steps, String phase, @Nullable Double smallestChanceBound) {}
}
