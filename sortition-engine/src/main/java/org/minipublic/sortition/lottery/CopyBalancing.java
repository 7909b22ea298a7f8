package org.minipublic.sortition.lottery;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Improves a rounding of panel copies so that each group's seats over the m panels come closer to m times its expected
 * seats. Rounding each panel's copies up or down independently lets the errors of one group add up over many panels;
 * this moves single copies between panels (each keeping its count rounded down or up from m·probability) while that
 * lowers the sum over groups of the squared seat error per person of the group. Deterministic: no random choices.
 */
final class CopyBalancing {

    private static final double IMPROVEMENT = 1e-12;

    /**
     * Stop after about this many multiply-adds, so that a lottery with thousands of panels still rounds in seconds;
     * counted, not timed, so the result does not depend on the machine. The benchmark pools need well under 1%.
     */
    private static final long WORK_LIMIT = 2_000_000_000L;

    /** One copy moved from one panel to another. */
    private record Move(int from, int to) {}

    private final List<int[]> panels;
    private final int[] copies;
    private final int[] lowest;
    private final int[] highest;
    /** Seats given minus seats expected, per group. */
    private final double[] error;
    /** One over the group's size squared: an error counts per person of the group. */
    private final double[] weight;
    /** The groups each panel seats anyone from. */
    private final int[][] seated;
    /** Per panel, Σ weight·seats²: what its own seats add to the sum of squares. */
    private final double[] square;
    /** Per panel, Σ 2·weight·error·seats, for the errors as they are now. */
    private final double[] linear;

    private long work;

    private CopyBalancing(List<int[]> panels, double[] probabilities, int[] groupSizes, int[] copies) {
        this.panels = panels;
        this.copies = copies;
        this.lowest = new int[copies.length];
        this.highest = new int[copies.length];
        this.error = new double[groupSizes.length];
        this.weight = weights(groupSizes);
        this.seated = new int[copies.length][];
        this.square = new double[copies.length];
        this.linear = new double[copies.length];
        boundsAndErrors(probabilities, Arrays.stream(copies).sum());
        seatedGroupsAndSquares();
    }

    /**
     * @param panels seats per group of each panel
     * @param probabilities each panel's probability
     * @param groupSizes people per group
     * @param copies copies of each panel, summing to m; balanced in place
     */
    static void balance(List<int[]> panels, double[] probabilities, int[] groupSizes, int[] copies) {
        new CopyBalancing(panels, probabilities, groupSizes, copies).balance();
    }

    /** Makes the best single move while one lowers the sum of squares, at most 4m moves and within the work limit. */
    private void balance() {
        int m = Arrays.stream(copies).sum();
        for (int moves = 0; moves < 4 * m && work < WORK_LIMIT; moves++) {
            var best = bestMove();
            if (best == null) {
                return;
            }
            make(best);
        }
    }

    /** Each panel keeps its copies between m·probability rounded down and rounded up. */
    private void boundsAndErrors(double[] probabilities, int m) {
        for (int p = 0; p < copies.length; p++) {
            double exact = probabilities[p] * m;
            lowest[p] = Math.min(copies[p], (int) Math.floor(exact));
            highest[p] = Math.max(copies[p], (int) Math.ceil(exact));
            int[] panel = panels.get(p);
            for (int t = 0; t < error.length; t++) {
                error[t] += panel[t] * (copies[p] - exact);
            }
        }
    }

    private static double[] weights(int[] groupSizes) {
        double[] weights = new double[groupSizes.length];
        for (int t = 0; t < groupSizes.length; t++) {
            weights[t] = 1.0 / ((double) groupSizes[t] * groupSizes[t]);
        }
        return weights;
    }

    private void seatedGroupsAndSquares() {
        for (int p = 0; p < copies.length; p++) {
            int[] panel = panels.get(p);
            seated[p] =
                    IntStream.range(0, error.length).filter(t -> panel[t] > 0).toArray();
            for (int t : seated[p]) {
                square[p] += weight[t] * panel[t] * panel[t];
            }
        }
    }

    /** The move that lowers the sum of squares most, by more than rounding noise; null when none does. */
    private @Nullable Move bestMove() {
        linearTerms();
        Move best = null;
        double bestChange = -IMPROVEMENT;
        for (int from = 0; from < copies.length; from++) {
            if (copies[from] <= lowest[from]) {
                continue;
            }
            for (int to = 0; to < copies.length; to++) {
                if (to == from || copies[to] >= highest[to]) {
                    continue;
                }
                double change = change(from, to);
                if (change < bestChange) {
                    bestChange = change;
                    best = new Move(from, to);
                }
            }
        }
        return best;
    }

    private void linearTerms() {
        for (int p = 0; p < copies.length; p++) {
            int[] panel = panels.get(p);
            linear[p] = 0;
            for (int t : seated[p]) {
                linear[p] += 2 * weight[t] * error[t] * panel[t];
            }
        }
    }

    /**
     * How moving a copy from one panel to another changes Σ weight·error²: linear(to) − linear(from) + square(to) +
     * square(from) − 2·cross(from, to).
     */
    private double change(int from, int to) {
        int[] fromPanel = panels.get(from);
        int[] toPanel = panels.get(to);
        work += seated[to].length;
        double cross = 0;
        for (int t : seated[to]) {
            cross += weight[t] * fromPanel[t] * toPanel[t];
        }
        return linear[to] - linear[from] + square[to] + square[from] - 2 * cross;
    }

    private void make(Move move) {
        copies[move.from()]--;
        copies[move.to()]++;
        int[] removed = panels.get(move.from());
        int[] added = panels.get(move.to());
        for (int t = 0; t < error.length; t++) {
            error[t] += added[t] - removed[t];
        }
    }
}
