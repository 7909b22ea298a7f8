package org.minipublic.sortition;

import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.algorithm.Distribution;
import org.minipublic.sortition.lottery.Lottery;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.report.SelectionReport;

/**
 * The outcome of a draw.
 *
 * @param chances each respondent's chance of selection, in pool order (exact for fair algorithms, estimated for
 *     {@code legacy})
 * @param distribution the fair lottery over panels, or {@code null} for {@code legacy}
 * @param lottery the lottery rounded to equally likely panels, or {@code null} for {@code legacy}
 * @param panelNumber the 1-based number of the drawn panel in {@code lottery} (0 for {@code legacy})
 * @param panel the drawn panel, in pool order
 * @param completion whether the algorithm finished, or what its time limit left
 */
public record SelectionResult(
        SelectionProblem problem,
        double[] chances,
        @Nullable Distribution distribution,
        @Nullable Lottery lottery,
        int panelNumber,
        List<Respondent> panel,
        SelectionReport report,
        Statistics statistics,
        Completion completion) {

    /**
     * How much work the draw took.
     *
     * @param groups the number of groups of interchangeable respondents the optimisation worked with
     * @param panelsGenerated distinct panels generated while searching
     * @param solverCalls optimisation problems solved
     * @param validPanels for {@code uniform}: how many valid panels there are (exactly); {@code null} otherwise
     * @param smallestChanceBound when leximin was approached rather than computed (a pool of very many groups): no
     *     lottery gives everyone a larger chance than this; {@code null} otherwise
     */
    public record Statistics(
            int groups,
            int panelsGenerated,
            int solverCalls,
            int legacyRuns,
            @Nullable BigInteger validPanels,
            @Nullable Double smallestChanceBound) {}
}
