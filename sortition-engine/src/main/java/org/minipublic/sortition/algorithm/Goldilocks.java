package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.GoldilocksProgram;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RunControl;

/**
 * GOLDILOCKS (Baharav and Flanigan, "Fair, manipulation-robust, and transparent sortition", arXiv 2406.15009): the
 * lottery that minimises {@code (n/k)·largest chance + γ·(k/n)/smallest chance}, so that nobody's chance is far below
 * or far above the fair share k/n. Leximin only raises the smallest chances and can leave a few people several times
 * more likely than average, which also makes it easier to manipulate by misreporting one's values; Goldilocks with
 * γ = 1 (the paper's choice) stays close to the best smallest chance while keeping the largest down.
 *
 * <p>Computed like Nash: on the relaxed panel polytope and written as a lottery over real panels, which makes it exact;
 * when that needs panels that do not exist, by column generation over real panels. The smallest chance is taken over
 * the people who can be on some valid panel (for the others every lottery gives 0).
 */
public final class Goldilocks implements SelectionAlgorithm {

    /** The weight of the smallest chance against the largest in the paper's experiments. */
    public static final double DEFAULT_GAMMA = 1;

    /** Relative excess of a new panel's value over the best known that still counts as no improvement. */
    static final double TOLERANCE = 1e-7;

    private static final int MAX_COLUMNS = 5_000;

    private final double gamma;
    private final @Nullable Double equalWithin;

    /**
     * @param gamma the weight of the smallest chance against the largest (positive)
     * @param equalWithin when set, people with the same value in every category (in different households) get chances
     *     at most this far apart; people with the same values outside households always get the same chance
     */
    public Goldilocks(double gamma, @Nullable Double equalWithin) {
        checkSettings(gamma, equalWithin);
        this.gamma = gamma;
        this.equalWithin = equalWithin;
    }

    /**
     * @throws IllegalArgumentException when gamma is not a positive number or equalWithin not a chance
     */
    public static void checkSettings(double gamma, @Nullable Double equalWithin) {
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be a positive number, got " + gamma);
        }
        if (equalWithin != null && !(equalWithin >= 0 && equalWithin <= 1)) {
            throw new IllegalArgumentException("equal-within must be a chance between 0 and 1, got " + equalWithin);
        }
    }

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        var columns = new PanelColumns(groups, new PanelSearch(instance, groups, random.nextLong(), control));
        try {
            return exact(instance, groups, random, columns, control);
        } catch (RunControl.Stopped stopped) {
            return BestFound.lottery(instance, groups, columns, stopped, control);
        }
    }

    private Outcome exact(
            Instance instance, Groups groups, RandomGenerator random, PanelColumns columns, RunControl control) {
        boolean[] all = new boolean[groups.count()];
        Arrays.fill(all, true);
        // Groups on no real panel count here too, so chances close enough to each other may be out of reach only
        // because of them: that is judged after they are left out.
        var lottery = relaxed(instance, groups, all, columns, false, control);
        if (lottery.isPresent()) {
            return lottery.get().outcome(columns.solverCalls());
        }
        boolean[] possible = columns.possibleGroups(random, instance, control);
        lottery = relaxed(instance, groups, possible, columns, true, control);
        if (lottery.isPresent()) {
            return lottery.get().outcome(columns.solverCalls());
        }
        control.progress("The relaxed Goldilocks lottery needs panels that do not exist; computing it panel by panel");
        columns.spread(random, new LocalSearch(instance, groups, control), possible, control);
        return overPanels(instance, groups, columns, possible, control);
    }

    private Optional<RelaxedLottery.Reached> relaxed(
            Instance instance,
            Groups groups,
            boolean[] possible,
            PanelColumns columns,
            boolean judgeCloseness,
            RunControl control) {
        control.phase("computing the Goldilocks lottery on the relaxed polytope");
        try (var program = GoldilocksProgram.relaxed(instance, groups, possible, gamma, equalWithin, control)) {
            var solution = program.solve();
            if (solution.isEmpty() || (!judgeCloseness && solution.get().excess() > 1e-9)) {
                return Optional.empty();
            }
            closeEnough(solution.get());
            return RelaxedLottery.of(instance, groups, solution.get().chances(), columns::add, control);
        }
    }

    /** Column generation: the best lottery over the known panels, then the panel search for a more valuable panel. */
    Outcome overPanels(Instance instance, Groups groups, PanelColumns columns, boolean[] possible, RunControl control) {
        control.phase("computing the Goldilocks lottery over real panels (column generation)");
        try (var program = GoldilocksProgram.overPanels(instance, groups, possible, gamma, equalWithin, control)) {
            columns.all().forEach(program::addPanel);
            GoldilocksProgram.Solution solution;
            while (true) {
                solution = program.solve()
                        .orElseThrow(() ->
                                new IllegalStateException("the Goldilocks program stayed numerically unsolvable"));
                double[] perSeat = new double[groups.count()];
                for (int t = 0; t < perSeat.length; t++) {
                    perSeat[t] = solution.prices()[t] / groups.size(t);
                }
                double threshold = solution.bestKnown() + TOLERANCE * (1 + Math.abs(solution.bestKnown()));
                int[] panel = columns.bestPanel(perSeat).orElseThrow();
                if (FairnessStage.value(panel, perSeat) <= threshold
                        || columns.size() >= MAX_COLUMNS
                        || !columns.add(panel)) {
                    break;
                }
                program.addPanel(panel);
                double largest = solution.largest();
                double smallest = solution.smallest();
                control.report(() -> String.format(
                        Locale.ROOT,
                        "Goldilocks over %d panels: chances from %.4f to %.4f",
                        columns.size(),
                        smallest,
                        largest));
            }
            closeEnough(solution);
            double[] weights = solution.panelWeights();
            double sum = Arrays.stream(weights).sum();
            for (int p = 0; p < weights.length; p++) {
                weights[p] /= sum;
            }
            var distribution = new Distribution(groups, columns.all(), weights).withoutNegligible(1e-12);
            return new Outcome(
                    distribution, distribution.chances(), List.of(), columns.size(), columns.solverCalls(), 0);
        }
    }

    /** Fails clearly when no lottery keeps the chances of people with the same values as close as asked. */
    private void closeEnough(GoldilocksProgram.Solution solution) {
        if (equalWithin != null && solution.excess() > 1e-9) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "no lottery gives people with the same values chances within %.6f of each other; the closest"
                            + " is %.6f",
                    equalWithin,
                    equalWithin + solution.excess()));
        }
    }
}
