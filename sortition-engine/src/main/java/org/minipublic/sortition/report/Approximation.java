package org.minipublic.sortition.report;

import java.util.Locale;
import java.util.Optional;
import org.minipublic.sortition.SelectionResult;

/**
 * What a lottery that stood in for leximin on a very large pool is worth, in words, for the command line's output and
 * the draw report: its smallest chance, the relaxed bound no lottery can beat, and the best a lottery of m equally
 * likely panels could give (every chance in it is a whole number of m-ths).
 */
public final class Approximation {

    private Approximation() {}

    /** The best smallest chance a lottery of {@code panels} equally likely panels can give under {@code bound}. */
    public static double bestForPanels(double bound, int panels) {
        return Math.floor(bound * panels + 1e-9) / panels;
    }

    /** Empty when the algorithm computed its lottery exactly. */
    public static Optional<String> describe(SelectionResult result) {
        var statistics = result.statistics();
        Double bound = statistics.smallestChanceBound();
        var lottery = result.lottery();
        if (bound == null || lottery == null) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "Leximin was approached, not computed: with %,d groups of respondents it is out of reach, so the %d"
                        + " panels of the lottery were built one by one, each from the people furthest behind their"
                        + " share. Smallest chance %.5f; no lottery over valid panels gives everyone more than %.5f,"
                        + " and a lottery of %d equally likely panels no more than %.5f.",
                statistics.groups(),
                lottery.size(),
                result.report().smallestChance(),
                bound,
                lottery.size(),
                bestForPanels(bound, lottery.size())));
    }
}
