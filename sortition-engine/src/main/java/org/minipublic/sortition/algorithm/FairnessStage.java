package org.minipublic.sortition.algorithm;

import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.solver.MasterLp;

/**
 * One stage of leximin (and the only stage of maximin): with some groups' chances fixed, finds the largest chance the
 * remaining groups can all have, by column generation. The master program over the known panels gives prices; the
 * exact panel search looks for a panel worth more than the best known one; when there is none, the master optimum is
 * the stage's optimum (within the tolerance).
 */
final class FairnessStage {

    /**
     * How much better (relative to its size) a new panel must be to count: it bounds how far the stage's smallest
     * chance may fall short of the true optimum.
     */
    static final double COLUMN_TOLERANCE = 1e-7;

    /** Groups whose price exceeds this are at the stage's smallest chance in every optimal lottery. */
    static final double FIXING_THRESHOLD = 1e-9;

    private FairnessStage() {}

    /** Runs the stage to its optimum and returns the master solution there. */
    static MasterLp.Solution solve(Groups groups, PanelColumns columns, MasterLp master) {
        double relaxation = 1e-9;
        while (true) {
            var solved = master.solve();
            if (solved.isEmpty()) {
                // Rounding left a fixed chance a hair out of reach of the known panels: lower the fixed chances.
                master.relaxFixed(relaxation);
                relaxation *= 10;
                if (relaxation > 1e-3) {
                    throw new IllegalStateException("the fairness program stayed numerically unsolvable");
                }
                continue;
            }
            var solution = solved.get();
            double[] perSeat = new double[groups.count()];
            for (int t = 0; t < perSeat.length; t++) {
                perSeat[t] = solution.prices()[t] / groups.size(t);
            }
            // Prices of fixed groups can be large, so the tolerance grows with the value of the best known panel.
            double threshold = solution.bestKnown() + COLUMN_TOLERANCE * (1 + Math.abs(solution.bestKnown()));
            int[] panel = columns.bestPanel(perSeat).orElseThrow();
            if (value(panel, perSeat) <= threshold || !columns.add(panel)) {
                return solution;
            }
            master.addPanel(panel);
        }
    }

    static double value(int[] panel, double[] perSeat) {
        double value = 0;
        for (int t = 0; t < panel.length; t++) {
            value += perSeat[t] * panel[t];
        }
        return value;
    }
}
