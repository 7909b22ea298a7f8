package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * A fast way to find a better panel for given weights: from a valid panel, keep moving one seat from one group to
 * another while that raises the weighted sum and every rule still holds. It proves nothing, so column generation asks
 * the exact panel search only when this finds no better panel.
 */
final class LocalSearch {

    private final Instance instance;
    private final Groups groups;
    private final int[] householdOf;
    private final RunControl control;

    LocalSearch(Instance instance, Groups groups, RunControl control) {
        this.instance = instance;
        this.control = control;
        this.groups = groups;
        this.householdOf = new int[groups.count()];
        Arrays.fill(householdOf, -1);
        for (int h = 0; h < groups.households().size(); h++) {
            for (int t : groups.households().get(h)) {
                householdOf[t] = h;
            }
        }
    }

    /** Improves a copy of {@code start} by best single-seat moves until none helps. */
    int[] improve(int[] start, double[] weightPerSeat) {
        int[] seats = start.clone();
        int[][] perValue = seatsPerValue(seats);
        int[] householdSeats = householdSeats(seats);
        while (true) {
            control.checkpoint(); // with thousands of groups one improvement takes a while
            int bestFrom = -1;
            int bestTo = -1;
            double bestGain = 1e-12;
            for (int from = 0; from < seats.length; from++) {
                if (seats[from] == 0) {
                    continue;
                }
                for (int to = 0; to < seats.length; to++) {
                    double gain = weightPerSeat[to] - weightPerSeat[from];
                    if (gain > bestGain && canMove(seats, perValue, householdSeats, from, to)) {
                        bestGain = gain;
                        bestFrom = from;
                        bestTo = to;
                    }
                }
            }
            if (bestFrom < 0) {
                return seats;
            }
            move(seats, perValue, householdSeats, bestFrom, bestTo);
        }
    }

    private boolean canMove(int[] seats, int[][] perValue, int[] householdSeats, int from, int to) {
        if (from == to || seats[to] >= groups.size(to)) {
            return false;
        }
        int household = householdOf[to];
        if (household >= 0 && householdSeats[household] - (householdOf[from] == household ? 1 : 0) >= 1) {
            return false;
        }
        int[] a = groups.values()[from];
        int[] b = groups.values()[to];
        for (int c = 0; c < a.length; c++) {
            if (a[c] != b[c]
                    && (perValue[c][a[c]] - 1 < instance.min()[c][a[c]]
                            || perValue[c][b[c]] + 1 > instance.max()[c][b[c]])) {
                return false;
            }
        }
        return true;
    }

    private void move(int[] seats, int[][] perValue, int[] householdSeats, int from, int to) {
        seats[from]--;
        seats[to]++;
        for (int c = 0; c < perValue.length; c++) {
            perValue[c][groups.values()[from][c]]--;
            perValue[c][groups.values()[to][c]]++;
        }
        if (householdOf[from] >= 0) {
            householdSeats[householdOf[from]]--;
        }
        if (householdOf[to] >= 0) {
            householdSeats[householdOf[to]]++;
        }
    }

    private int[][] seatsPerValue(int[] seats) {
        int[][] perValue = new int[instance.categoryCount()][];
        for (int c = 0; c < perValue.length; c++) {
            perValue[c] = new int[instance.valueCount(c)];
        }
        for (int t = 0; t < seats.length; t++) {
            for (int c = 0; c < perValue.length; c++) {
                perValue[c][groups.values()[t][c]] += seats[t];
            }
        }
        return perValue;
    }

    private int[] householdSeats(int[] seats) {
        int[] result = new int[groups.households().size()];
        for (int t = 0; t < seats.length; t++) {
            if (householdOf[t] >= 0) {
                result[householdOf[t]] += seats[t];
            }
        }
        return result;
    }
}
