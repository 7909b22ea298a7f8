package org.minipublic.sortition.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.sortition.SelectionResult;

/**
 * What a lottery that stood in for leximin on a very large pool is worth, for the command line's output, the draw
 * report and the draw record: its smallest chance, the relaxed bound no lottery can beat, and the most a lottery of m
 * equally likely panels could give everyone (every chance in it is a whole number of m-ths).
 *
 * @param groups the groups of respondents the engine worked with
 * @param panelsBuilt the panels built one by one (fewer than the lottery's when a time limit stopped the building)
 * @param repeatedPanels how many of them repeat the panel before, because no new one was found
 * @param bound no lottery over valid panels gives everyone a larger chance
 * @param lotterySize the equally likely panels of the lottery drawn from
 * @param smallestInLottery the fewest panels of the lottery anyone sits on, over their number
 * @param boundForLotterySize no lottery of {@code lotterySize} equally likely panels gives everyone more: a whole
 *     number of panels each, under the bound (the margin allows for the linear program's tolerance when the bound is
 *     itself such a number)
 */
public record Approximation(
        int groups,
        int panelsBuilt,
        int repeatedPanels,
        double bound,
        int lotterySize,
        double smallestInLottery,
        double boundForLotterySize) {

    /** Empty when the algorithm computed its lottery exactly. */
    public static Optional<Approximation> of(SelectionResult result) {
        var statistics = result.statistics();
        Double bound = statistics.smallestChanceBound();
        var lottery = result.lottery();
        var distribution = result.distribution();
        if (bound == null || lottery == null || distribution == null) {
            return Optional.empty();
        }
        int built = distribution.panels().size();
        int m = lottery.size();
        return Optional.of(new Approximation(
                statistics.groups(),
                built,
                built - statistics.panelsGenerated(),
                bound,
                m,
                (double) Arrays.stream(lottery.timesSelected()).min().orElse(0) / m,
                Math.floor(bound * m + 1e-6) / m));
    }

    /** In words; empty when the algorithm computed its lottery exactly. */
    public static Optional<String> describe(SelectionResult result) {
        return of(result).map(Approximation::text);
    }

    private String text() {
        return String.format(
                Locale.ROOT,
                "Leximin was approached, not computed: with %,d groups of respondents it is out of reach, so %d"
                        + " panels were built one by one, each from the people furthest behind their"
                        + " share%s. Smallest chance %.5f; no lottery over valid panels gives everyone more than %.5f,"
                        + " and no lottery of %d equally likely panels more than %.5f.",
                groups,
                panelsBuilt,
                repeatedPanels > 0 ? " (" + repeatedPanels + " repeat the panel before: no new one was found)" : "",
                smallestInLottery,
                bound,
                lotterySize,
                boundForLotterySize);
    }
}
