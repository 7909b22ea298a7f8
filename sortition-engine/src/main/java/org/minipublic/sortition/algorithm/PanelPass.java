package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.Optional;
import org.minipublic.sortition.model.Instance;

/**
 * Fills one panel from people in a given order of priority, without a solver. A person joins when they keep every
 * maximum and the household rule and still leave enough seats for every category's minimums. The first pass over the
 * order takes only people whose values every category still needs towards its minimums, the next those needed by all
 * categories but one, and so on down to anyone who fits: filling every value up to its maximum in one pass let the
 * values the pool has most of take the seats that other values' minimums needed later, in all categories at once.
 * It proves nothing when it gets stuck: the targets may be possible and only harder than this reaches.
 */
final class PanelPass {

    private final Instance instance;
    private final int categories;
    /** Each person's value in every category, person by person, so that checking a person reads one stretch. */
    private final int[] values;

    private final int[] householdOf;
    private final int[][] seats;
    private final int[] need;
    private final boolean[] inPanel;
    private final boolean[] householdTaken;

    PanelPass(Instance instance) {
        this.instance = instance;
        this.categories = instance.categoryCount();
        int n = instance.n();
        this.values = new int[n * categories];
        for (int c = 0; c < categories; c++) {
            for (int i = 0; i < n; i++) {
                values[i * categories + c] = instance.valueOf()[c][i];
            }
        }
        this.householdOf = instance.householdOfEach();
        this.seats = new int[categories][];
        for (int c = 0; c < categories; c++) {
            seats[c] = new int[instance.valueCount(c)];
        }
        this.need = new int[categories];
        this.inPanel = new boolean[n];
        this.householdTaken = new boolean[instance.households().size()];
    }

    /** A valid panel as sorted person indexes, or empty when the passes got stuck short of one. */
    Optional<int[]> fill(int[] order) {
        reset();
        int[] panel = new int[instance.k()];
        int size = 0;
        for (int helps = categories; helps >= 0 && size < panel.length; helps--) {
            if (helps > 0 && categoriesInNeed() < helps) {
                continue; // nobody can help more categories than still need seats
            }
            for (int i : order) {
                if (!inPanel[i] && helpsAtLeast(i, helps) && fits(i, panel.length - size - 1)) {
                    add(i);
                    panel[size++] = i;
                    if (size == panel.length) {
                        break;
                    }
                }
            }
        }
        if (size < panel.length) {
            return Optional.empty();
        }
        Arrays.sort(panel);
        return Optional.of(panel);
    }

    private void reset() {
        Arrays.fill(inPanel, false);
        Arrays.fill(householdTaken, false);
        for (int c = 0; c < categories; c++) {
            Arrays.fill(seats[c], 0);
            need[c] = Arrays.stream(instance.min()[c]).sum();
        }
    }

    private int categoriesInNeed() {
        int count = 0;
        for (int seatsNeeded : need) {
            count += seatsNeeded > 0 ? 1 : 0;
        }
        return count;
    }

    /** Whether person i's values are still below their minimums in at least {@code helps} categories. */
    private boolean helpsAtLeast(int i, int helps) {
        int misses = categories - helps;
        for (int c = 0; c < categories; c++) {
            int v = values[i * categories + c];
            if (seats[c][v] >= instance.min()[c][v] && --misses < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether person i can join without breaking a maximum or a household, leaving room for every minimum. */
    private boolean fits(int i, int seatsLeftAfter) {
        if (householdOf[i] >= 0 && householdTaken[householdOf[i]]) {
            return false;
        }
        for (int c = 0; c < categories; c++) {
            int v = values[i * categories + c];
            if (seats[c][v] >= instance.max()[c][v]) {
                return false;
            }
            int needAfter = need[c] - (seats[c][v] < instance.min()[c][v] ? 1 : 0);
            if (needAfter > seatsLeftAfter) {
                return false;
            }
        }
        return true;
    }

    private void add(int i) {
        inPanel[i] = true;
        if (householdOf[i] >= 0) {
            householdTaken[householdOf[i]] = true;
        }
        for (int c = 0; c < categories; c++) {
            int v = values[i * categories + c];
            if (seats[c][v] < instance.min()[c][v]) {
                need[c]--;
            }
            seats[c][v]++;
        }
    }
}
