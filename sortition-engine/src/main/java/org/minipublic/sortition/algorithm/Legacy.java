package org.minipublic.sortition.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * The greedy method used before 2021, with the rules published with Flanigan et al. (2021): seat by seat, take the
 * value whose unmet minimum is most urgent (unmet seats over people left with it), pick a random person with that
 * value, remove their household, and remove everyone with a value that reached its maximum. A run that gets stuck is
 * retried. It is not fair in any stated sense; we keep it to compare. Chances are estimated from many runs.
 *
 * <p>Unlike the current Python library, a value with exactly as many respondents as its minimum does not make every
 * run fail: the person who fills the minimum counts as selected before the "nobody left" check.
 */
public final class Legacy implements SelectionAlgorithm {

    static final int ATTEMPTS_PER_PANEL = 100;

    private final int runs;

    public Legacy(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("legacy needs at least one run, got " + runs);
        }
        this.runs = runs;
    }

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        control.phase("running the legacy method " + runs + " times to estimate the chances");
        double[] selected = new double[instance.n()];
        List<Integer> first = List.of();
        int attempts = 0;
        for (int run = 0; run < runs; run++) {
            try {
                control.step();
            } catch (RunControl.Stopped stopped) {
                return stoppedAfter(run, selected, first, attempts, stopped);
            }
            Optional<List<Integer>> panel = Optional.empty();
            while (panel.isEmpty() && attempts < (run + 1) * ATTEMPTS_PER_PANEL) {
                attempts++;
                panel = new GreedyRun(instance, random).panel();
            }
            List<Integer> found = panel.orElseThrow(() -> new IllegalStateException(
                    "the legacy method found no panel in " + ATTEMPTS_PER_PANEL + " attempts"));
            if (run == 0) {
                first = found;
            }
            found.forEach(i -> selected[i]++);
            int done = run + 1;
            control.report(() -> "Legacy runs: " + done + " of " + runs);
        }
        return new Outcome(null, perRun(selected, runs), first, runs, attempts, runs);
    }

    /** The chances estimated from the runs done before the time limit; none done leaves nothing to estimate from. */
    private static Outcome stoppedAfter(
            int done, double[] selected, List<Integer> first, int attempts, RunControl.Stopped stopped) {
        if (done == 0 || stopped.reason() == RunControl.Reason.INTERRUPTED) {
            throw stopped;
        }
        return new Outcome(
                null,
                perRun(selected, done),
                first,
                done,
                attempts,
                done,
                new Outcome.Stop(stopped.completedSteps(), stopped.phase() + " (" + done + " runs done)", null));
    }

    private static double[] perRun(double[] selected, int runs) {
        double[] chances = new double[selected.length];
        for (int i = 0; i < selected.length; i++) {
            chances[i] = selected[i] / runs;
        }
        return chances;
    }

    /** One greedy attempt; empty when it gets stuck. */
    static final class GreedyRun {

        private final Instance instance;
        private final RandomGenerator random;
        private final boolean[] alive;
        private final int[][] chosen;
        private final int[][] left;
        private final int[] householdOf;

        GreedyRun(Instance instance, RandomGenerator random) {
            this.instance = instance;
            this.random = random;
            this.alive = new boolean[instance.n()];
            java.util.Arrays.fill(alive, true);
            this.chosen = new int[instance.categoryCount()][];
            this.left = new int[instance.categoryCount()][];
            for (int c = 0; c < chosen.length; c++) {
                chosen[c] = new int[instance.valueCount(c)];
                left[c] = instance.peoplePerValue(c);
            }
            this.householdOf = instance.householdOfEach();
        }

        /** A valid panel, or empty when the attempt got stuck or its panel misses a target. */
        Optional<List<Integer>> panel() {
            return greedyPanel().filter(panel -> targetsMet());
        }

        /**
         * The panel the greedy rule gives, whether or not it meets every target; empty when it gets stuck. The 2021
         * tools did not check the result, and the reference estimates count such panels (docs/selection.md, Limits).
         */
        Optional<List<Integer>> greedyPanel() {
            List<Integer> panel = new ArrayList<>();
            try {
                removeValuesWithMaximumZero();
                for (int seat = 0; seat < instance.k(); seat++) {
                    int[] urgent = mostUrgentValue();
                    int person = randomPersonWith(urgent[0], urgent[1]);
                    take(person);
                    panel.add(person);
                    if (seat < instance.k() - 1 && !anyoneLeft()) {
                        throw new Stuck();
                    }
                }
                return Optional.of(panel);
            } catch (Stuck stuck) {
                return Optional.empty();
            }
        }

        /**
         * The 2021 rules take out everyone with a value whose maximum is 0 before the first seat. Left in, they counted
         * among the people left for their other values, which changed every ratio, and an attempt that picked one was
         * thrown away at the end, which weighed the panels differently from the published method.
         */
        private void removeValuesWithMaximumZero() {
            for (int i = 0; i < alive.length; i++) {
                for (int c = 0; c < chosen.length && alive[i]; c++) {
                    if (instance.max()[c][instance.valueOf()[c][i]] == 0) {
                        remove(i, false);
                    }
                }
            }
        }

        /** The value whose unmet minimum is most urgent: unmet seats divided by people left with the value. */
        private int[] mostUrgentValue() {
            double best = Double.NEGATIVE_INFINITY;
            int[] choice = null;
            for (int c = 0; c < chosen.length; c++) {
                for (int v = 0; v < chosen[c].length; v++) {
                    int need = instance.min()[c][v] - chosen[c][v];
                    if (need > 0 && left[c][v] < need) {
                        throw new Stuck();
                    }
                    if (left[c][v] == 0 || instance.max()[c][v] == 0) {
                        continue;
                    }
                    double ratio = (double) need / left[c][v];
                    if (ratio > 1) {
                        throw new Stuck();
                    }
                    if (ratio > best) {
                        best = ratio;
                        choice = new int[] {c, v};
                    }
                }
            }
            if (choice == null) {
                throw new Stuck();
            }
            return choice;
        }

        private int randomPersonWith(int category, int value) {
            int position = random.nextInt(left[category][value]);
            for (int i = 0; i < alive.length; i++) {
                if (alive[i] && instance.valueOf()[category][i] == value && position-- == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("counter out of step with the people left");
        }

        private void take(int person) {
            remove(person, true);
            if (householdOf[person] >= 0) {
                for (int mate : instance.households().get(householdOf[person])) {
                    if (alive[mate]) {
                        remove(mate, false);
                    }
                }
            }
            for (int c = 0; c < chosen.length; c++) {
                int v = instance.valueOf()[c][person];
                if (chosen[c][v] == instance.max()[c][v]) {
                    for (int i = 0; i < alive.length; i++) {
                        if (alive[i] && instance.valueOf()[c][i] == v) {
                            remove(i, false);
                        }
                    }
                }
            }
        }

        /** Takes a person out of the pool; the 2021 rule counts a selected person before checking minimums. */
        private void remove(int person, boolean selected) {
            alive[person] = false;
            for (int c = 0; c < chosen.length; c++) {
                int v = instance.valueOf()[c][person];
                if (selected) {
                    chosen[c][v]++;
                }
                left[c][v]--;
                if (left[c][v] == 0 && chosen[c][v] < instance.min()[c][v]) {
                    throw new Stuck();
                }
            }
        }

        /**
         * The 2021 rules trust the greedy order to fill every minimum, but the last seats can run out first; such a
         * panel is not valid, so the attempt is retried.
         */
        private boolean targetsMet() {
            for (int c = 0; c < chosen.length; c++) {
                for (int v = 0; v < chosen[c].length; v++) {
                    if (chosen[c][v] < instance.min()[c][v] || chosen[c][v] > instance.max()[c][v]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean anyoneLeft() {
            for (boolean a : alive) {
                if (a) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A greedy attempt that cannot finish; the caller starts again. */
    private static final class Stuck extends RuntimeException {
        Stuck() {
            super(null, null, false, false);
        }
    }
}
