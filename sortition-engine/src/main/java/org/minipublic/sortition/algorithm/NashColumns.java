package org.minipublic.sortition.algorithm;

import java.util.List;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.solver.PanelNash;
import org.minipublic.sortition.solver.RunControl;

/**
 * The Nash lottery by column generation, for pools where the relaxed optimum needs panels that do not exist: the best
 * lottery over the panels found so far ({@link PanelNash}), then the exact panel search for the panel whose gradient
 * Σ_t seats_t / chance_t is largest. At the optimum no panel's gradient exceeds the number of people who can be
 * selected, so a panel that does is worth adding; when none does, the lottery is optimal.
 */
final class NashColumns {

    /** Relative excess of a panel's gradient over its optimal value that still counts as optimal. */
    static final double TOLERANCE = 1e-6;

    private static final int MAX_COLUMNS = 5_000;

    private NashColumns() {}

    static Outcome solve(Groups groups, PanelColumns columns, boolean[] possible, RunControl control) {
        control.phase("computing the Nash lottery over real panels (column generation)");
        double people = 0;
        for (int t = 0; t < possible.length; t++) {
            if (possible[t]) {
                people += groups.size(t);
            }
        }
        try (var nash = new PanelNash(groups, possible, control)) {
            columns.all().forEach(nash::addPanel);
            PanelNash.Solution solution;
            while (true) {
                solution = nash.solve()
                        .orElseThrow(() -> new IllegalStateException("the Nash program stayed numerically unsolvable"));
                double[] perSeat = new double[groups.count()];
                for (int t = 0; t < perSeat.length; t++) {
                    perSeat[t] = possible[t] ? 1 / Math.max(solution.chances()[t], 1e-12) : 0;
                }
                int[] panel = columns.bestPanel(perSeat).orElseThrow();
                if (FairnessStage.value(panel, perSeat) <= people * (1 + TOLERANCE)
                        || columns.size() >= MAX_COLUMNS
                        || !columns.add(panel)) {
                    break;
                }
                nash.addPanel(panel);
            }
            double[] weights = solution.panelWeights();
            double sum = java.util.Arrays.stream(weights).sum();
            for (int p = 0; p < weights.length; p++) {
                weights[p] /= sum;
            }
            var distribution = new Distribution(groups, columns.all(), weights).withoutNegligible(1e-12);
            return new Outcome(
                    distribution, distribution.chances(), List.of(), columns.size(), columns.solverCalls(), 0);
        }
    }
}
