package org.minipublic.sortition.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.solver.SeatBounds;

/**
 * The panels found so far (the columns of column generation), without duplicates, and the start set: a few panels
 * for random weights, then panels that between them include every group that can be on any panel.
 */
final class PanelColumns {

    private static final int RANDOM_START_PANELS = 8;

    /** Rounds of multiplicative weights per group. */
    static final int WEIGHT_ROUNDS_PER_TYPE = 3;

    private final Groups groups;
    private final PanelSearch search;
    private final List<int[]> panels = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    PanelColumns(Groups groups, PanelSearch search) {
        this.groups = groups;
        this.search = search;
    }

    /**
     * Adds rounds of multiplicative weights (as in Flanigan et al.'s implementation) to spread the seats: each round
     * takes a good panel for the current weights, found by local search, and lowers the weights of the groups it seats,
     * so that the next panels favour others. These panels let the fairness programs converge in few rounds.
     */
    void spread(RandomGenerator random, LocalSearch local, boolean[] possible, RunControl control) {
        control.phase("spreading the seats over more panels (multiplicative weights)");
        double[] weights = new double[groups.count()];
        for (int t = 0; t < weights.length; t++) {
            weights[t] = possible[t] ? 0.99 + 0.01 * random.nextDouble() : 0;
        }
        int[] panel = panels.get(0);
        int rounds = WEIGHT_ROUNDS_PER_TYPE * groups.count();
        for (int round = 0; round < rounds; round++) {
            control.step();
            int done = round;
            control.report(
                    () -> "Spreading the seats: round " + done + " of " + rounds + ", " + panels.size() + " panels");
            double[] perSeat = new double[weights.length];
            for (int t = 0; t < weights.length; t++) {
                perSeat[t] = weights[t] / groups.size(t);
            }
            panel = local.improve(panel, perSeat);
            if (add(panel)) {
                for (int t = 0; t < weights.length; t++) {
                    weights[t] *= 1 - 0.2 * panel[t] / groups.size(t);
                }
            } else {
                for (int t = 0; t < weights.length; t++) {
                    weights[t] = possible[t] ? 0.9 * weights[t] + 0.1 : 0;
                }
            }
            double sum = java.util.Arrays.stream(weights).sum();
            for (int t = 0; t < weights.length; t++) {
                weights[t] *= groups.count() / sum;
            }
        }
    }

    /**
     * Finds, with a few panels that between them seat every group that any valid panel can seat, which groups can be
     * selected at all; the others have chance 0 in every lottery.
     */
    boolean[] possibleGroups(RandomGenerator random, Instance instance, RunControl control) {
        control.phase("finding which groups can be on a valid panel");
        boolean[] relaxedRoom = SeatBounds.relaxedRoom(instance, groups, control);
        for (int i = 0; i < RANDOM_START_PANELS; i++) {
            double[] weights = new double[groups.count()];
            for (int t = 0; t < weights.length; t++) {
                weights[t] = (0.5 + random.nextDouble()) / groups.size(t);
            }
            search.best(weights).ifPresent(this::add);
        }
        boolean[] covered = coveredGroups();
        boolean[] possible = new boolean[groups.count()];
        for (int t = 0; t < possible.length; t++) {
            int checked = t;
            control.report(() ->
                    "Finding which groups can be on a valid panel: " + checked + " of " + possible.length + " checked");
            if (covered[t]) {
                possible[t] = true;
                continue;
            }
            if (!relaxedRoom[t]) {
                continue; // no room even for part of a seat, so on no panel
            }
            double[] weights = new double[groups.count()];
            for (int u = 0; u < weights.length; u++) {
                weights[u] = covered[u] ? 0 : 1.0 / groups.size(u);
            }
            weights[t] = groups.count(); // this group above all, the other uncovered ones as a bonus
            var panel = search.best(weights).orElseThrow();
            if (panel[t] > 0) {
                add(panel);
                possible[t] = true;
                for (int u = 0; u < panel.length; u++) {
                    covered[u] |= panel[u] > 0;
                }
            }
        }
        return possible;
    }

    /** Adds a panel; false when it was already known. */
    boolean add(int[] panel) {
        if (seen.add(Arrays.toString(panel))) {
            panels.add(panel);
            return true;
        }
        return false;
    }

    List<int[]> all() {
        return panels;
    }

    int[] get(int index) {
        return panels.get(index);
    }

    int size() {
        return panels.size();
    }

    /** A best valid panel for these weights per seat (the exact panel search); empty when there is none. */
    Optional<int[]> bestPanel(double[] weightPerSeat) {
        return search.best(weightPerSeat);
    }

    /** How many panel searches the panels took. */
    int solverCalls() {
        return search.solves();
    }

    /** Which groups sit on at least one of the panels. */
    boolean[] coveredGroups() {
        boolean[] covered = new boolean[groups.count()];
        for (int[] panel : panels) {
            for (int t = 0; t < panel.length; t++) {
                covered[t] |= panel[t] > 0;
            }
        }
        return covered;
    }
}
