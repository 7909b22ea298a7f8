package org.minipublic.sortition.lottery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.algorithm.Distribution;

/**
 * Rounds a lottery over panels to {@code m} equally likely concrete panels. Each panel is used about {@code m} times
 * its probability (pipage rounding keeps the expectations, then single copies move between panels while that brings
 * every group's seats closer to its expected seats), then the seats of each group are dealt out round-robin over
 * a shuffled order of its people, so everyone of a group sits on the same number of panels, give or take one.
 */
public final class TransparentLottery {

    private TransparentLottery() {}

    public static Lottery build(Distribution distribution, double[] exactChances, int m, RandomGenerator random) {
        if (m < 1) {
            throw new IllegalArgumentException("the lottery needs at least one panel, got " + m);
        }
        int[] copies = copies(distribution.probabilities(), m, random);
        var groups = distribution.groups();
        int[] sizes = new int[groups.count()];
        for (int t = 0; t < sizes.length; t++) {
            sizes[t] = groups.size(t);
        }
        CopyBalancing.balance(distribution.panels(), distribution.probabilities(), sizes, copies);
        int[][] order = new int[groups.count()][];
        for (int t = 0; t < order.length; t++) {
            order[t] = shuffled(groups.members()[t], random);
        }
        int[] next = new int[groups.count()];
        List<int[]> panels = new ArrayList<>(m);
        int[] times = new int[exactChances.length];
        for (int p = 0; p < copies.length; p++) {
            int[] seats = distribution.panels().get(p);
            for (int copy = 0; copy < copies[p]; copy++) {
                int[] panel = deal(seats, order, next);
                for (int person : panel) {
                    times[person]++;
                }
                panels.add(panel);
            }
        }
        double largest = 0;
        for (int i = 0; i < times.length; i++) {
            largest = Math.max(largest, Math.abs((double) times[i] / m - exactChances[i]));
        }
        return new Lottery(List.copyOf(panels), times, largest);
    }

    /** How many of the m panels each lottery panel gets: m·probability, rounded so the total is exactly m. */
    static int[] copies(double[] probabilities, int m, RandomGenerator random) {
        int[] copies = new int[probabilities.length];
        double[] fractions = new double[probabilities.length];
        int whole = 0;
        for (int p = 0; p < probabilities.length; p++) {
            double exact = probabilities[p] * m;
            copies[p] = (int) Math.floor(exact);
            fractions[p] = exact - copies[p];
            whole += copies[p];
        }
        int[] extra = PipageRounding.round(fractions, random);
        for (int p = 0; p < copies.length; p++) {
            copies[p] += extra[p];
            whole += extra[p];
        }
        // Floating-point sums can miss m by one; settle it on the panels with the largest probability.
        while (whole != m) {
            int largest = largestIndex(probabilities, copies, whole < m);
            copies[largest] += whole < m ? 1 : -1;
            whole += whole < m ? 1 : -1;
        }
        return copies;
    }

    private static int largestIndex(double[] probabilities, int[] copies, boolean adding) {
        int best = -1;
        for (int p = 0; p < probabilities.length; p++) {
            if ((adding || copies[p] > 0) && (best < 0 || probabilities[p] > probabilities[best])) {
                best = p;
            }
        }
        return best;
    }

    private static int[] deal(int[] seats, int[][] order, int[] next) {
        List<Integer> panel = new ArrayList<>();
        for (int t = 0; t < seats.length; t++) {
            for (int s = 0; s < seats[t]; s++) {
                panel.add(order[t][next[t] % order[t].length]);
                next[t]++;
            }
        }
        int[] result = panel.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(result);
        return result;
    }

    private static int[] shuffled(int[] members, RandomGenerator random) {
        int[] copy = members.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return copy;
    }
}
