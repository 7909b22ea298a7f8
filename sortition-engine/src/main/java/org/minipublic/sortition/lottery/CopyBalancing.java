package org.minipublic.sortition.lottery;

import java.util.List;

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

    private CopyBalancing() {}

    /**
     * @param panels seats per group of each panel
     * @param probabilities each panel's probability
     * @param groupSizes people per group
     * @param copies copies of each panel, summing to m; balanced in place
     */
    static void balance(List<int[]> panels, double[] probabilities, int[] groupSizes, int[] copies) {
        int m = java.util.Arrays.stream(copies).sum();
        int groups = groupSizes.length;
        int[] lowest = new int[copies.length];
        int[] highest = new int[copies.length];
        double[] error = new double[groups]; // seats given minus seats expected, per group
        for (int p = 0; p < copies.length; p++) {
            double exact = probabilities[p] * m;
            lowest[p] = Math.min(copies[p], (int) Math.floor(exact));
            highest[p] = Math.max(copies[p], (int) Math.ceil(exact));
            int[] panel = panels.get(p);
            for (int t = 0; t < groups; t++) {
                error[t] += panel[t] * (copies[p] - exact);
            }
        }
        double[] weight = new double[groups];
        for (int t = 0; t < groups; t++) {
            weight[t] = 1.0 / ((double) groupSizes[t] * groupSizes[t]);
        }
        // change of Σ weight·error² = linear(to) − linear(from) + square(to) + square(from) − 2·cross(from, to)
        int[][] seated = new int[copies.length][];
        double[] square = new double[copies.length];
        for (int p = 0; p < copies.length; p++) {
            int[] panel = panels.get(p);
            seated[p] = java.util.stream.IntStream.range(0, groups)
                    .filter(t -> panel[t] > 0)
                    .toArray();
            for (int t : seated[p]) {
                square[p] += weight[t] * panel[t] * panel[t];
            }
        }
        double[] linear = new double[copies.length];
        long work = 0;
        for (int move = 0; move < 4 * m && work < WORK_LIMIT; move++) {
            for (int p = 0; p < copies.length; p++) {
                int[] panel = panels.get(p);
                linear[p] = 0;
                for (int t : seated[p]) {
                    linear[p] += 2 * weight[t] * error[t] * panel[t];
                }
            }
            int bestFrom = -1;
            int bestTo = -1;
            double bestChange = -IMPROVEMENT;
            for (int from = 0; from < copies.length; from++) {
                if (copies[from] <= lowest[from]) {
                    continue;
                }
                int[] fromPanel = panels.get(from);
                for (int to = 0; to < copies.length; to++) {
                    if (to == from || copies[to] >= highest[to]) {
                        continue;
                    }
                    int[] toPanel = panels.get(to);
                    work += seated[to].length;
                    double cross = 0;
                    for (int t : seated[to]) {
                        cross += weight[t] * fromPanel[t] * toPanel[t];
                    }
                    double change = linear[to] - linear[from] + square[to] + square[from] - 2 * cross;
                    if (change < bestChange) {
                        bestChange = change;
                        bestFrom = from;
                        bestTo = to;
                    }
                }
            }
            if (bestFrom < 0) {
                return;
            }
            copies[bestFrom]--;
            copies[bestTo]++;
            int[] removed = panels.get(bestFrom);
            int[] added = panels.get(bestTo);
            for (int t = 0; t < groups; t++) {
                error[t] += added[t] - removed[t];
            }
        }
    }
}
