package org.minipublic.sortition.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.lottery.Lottery;

/**
 * What a lottery that stood in for leximin on a very large pool is worth, in words, for the command line's output and
 * the draw report: its smallest chance, the relaxed bound no lottery can beat, and the best a lottery of m equally
 * likely panels could give (every chance in it is a whole number of m-ths).
 */
public final class Approximation {

    private Approximation() {}

    /**
     * No lottery of {@code panels} equally likely panels gives everyone more than this: a whole number of panels each,
     * under the bound. The margin allows for the linear program's tolerance when the bound is itself such a number.
     */
    public static double boundForPanels(double bound, int panels) {
        return Math.floor(bound * panels + 1e-6) / panels;
    }

    /** The smallest chance in the lottery as drawn from: the fewest panels anyone sits on, over their number. */
    public static double smallestInLottery(Lottery lottery) {
        return (double) Arrays.stream(lottery.timesSelected()).min().orElse(0) / lottery.size();
    }

    /** Empty when the algorithm computed its lottery exactly. */
    public static Optional<String> describe(SelectionResult result) {
        var statistics = result.statistics();
        Double bound = statistics.smallestChanceBound();
        var lottery = result.lottery();
        var distribution = result.distribution();
        if (bound == null || lottery == null || distribution == null) {
            return Optional.empty();
        }
        int built = distribution.panels().size();
        int repeats = built - statistics.panelsGenerated();
        return Optional.of(String.format(
                Locale.ROOT,
                "Leximin was approached, not computed: with %,d groups of respondents it is out of reach, so %d"
                        + " panels were built one by one, each from the people furthest behind their"
                        + " share%s. Smallest chance %.5f; no lottery over valid panels gives everyone more than %.5f,"
                        + " and no lottery of %d equally likely panels more than %.5f.",
                statistics.groups(),
                built,
                repeats > 0 ? " (" + repeats + " repeat the panel before: no new one was found)" : "",
                smallestInLottery(lottery),
                bound,
                lottery.size(),
                boundForPanels(bound, lottery.size())));
    }
}
