package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import org.minipublic.sortition.model.Instance;

/**
 * A chance for each person that gives everyone at least a floor and spreads the seats above it as evenly as the
 * targets allow: the extra seats start equal for everyone and are then scaled, one category at a time, towards every
 * value's target range (iterative proportional fitting, as survey weights are raked to population margins), for at
 * most {@link #ROUNDS} rounds. A point to aim at, not a proof of anything: a value whose people have no extra seats to
 * scale, the round limit and chances clipped at 1 can leave it off the targets, which the panels then meet anyway.
 */
final class SpreadChances {

    private static final int ROUNDS = 200;

    private SpreadChances() {}

    static double[] above(Instance instance, double floor) {
        int n = instance.n();
        double extra = instance.k() - n * floor;
        double[] excess = new double[n];
        Arrays.fill(excess, Math.max(0, extra) / n);
        int[][] people = new int[instance.categoryCount()][];
        for (int c = 0; c < people.length; c++) {
            people[c] = instance.peoplePerValue(c);
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean within = true;
            for (int c = 0; c < instance.categoryCount(); c++) {
                within &= fitCategory(instance, c, floor, people[c], excess);
                scaleTo(excess, extra);
            }
            if (within) {
                break;
            }
        }
        double[] chances = new double[n];
        for (int i = 0; i < n; i++) {
            chances[i] = Math.min(1, floor + excess[i]);
        }
        return chances;
    }

    /** Scales each value's extra seats into its range; true when all were already within it. */
    private static boolean fitCategory(Instance instance, int c, double floor, int[] people, double[] excess) {
        int[] valueOf = instance.valueOf()[c];
        double[] sums = new double[people.length];
        for (int i = 0; i < excess.length; i++) {
            sums[valueOf[i]] += excess[i];
        }
        double[] factor = new double[people.length];
        boolean within = true;
        for (int v = 0; v < people.length; v++) {
            double low = Math.max(0, instance.min()[c][v] - people[v] * floor);
            double high = Math.max(0, instance.max()[c][v] - people[v] * floor);
            factor[v] = sums[v] <= 0 ? 1 : sums[v] < low ? low / sums[v] : sums[v] > high ? high / sums[v] : 1;
            within &= Math.abs(factor[v] - 1) < 1e-6;
        }
        for (int i = 0; i < excess.length; i++) {
            excess[i] *= factor[valueOf[i]];
        }
        return within;
    }

    private static void scaleTo(double[] excess, double total) {
        double sum = Arrays.stream(excess).sum();
        if (sum > 0) {
            for (int i = 0; i < excess.length; i++) {
                excess[i] *= total / sum;
            }
        }
    }
}
