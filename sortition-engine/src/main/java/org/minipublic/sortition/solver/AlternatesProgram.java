package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Choosing alternates by sample average (Assos, Baharav, Flanigan and Procaccia, "Alternates, assemble!", EC 2025): an
 * integer program over sampled dropout scenarios. x_t alternates of each candidate type (people with the same values)
 * are chosen, at most {@code budget} in all; in each scenario up to as many of them as members dropped out replace
 * them (y_tj ≤ x_t), and z_jcv measures how far value v of category c then misses its target. The program minimises
 * the average over scenarios of Σ z_jcv / max(1, maximum_cv), so that a seat missed in a small group weighs more.
 */
public final class AlternatesProgram {

    private AlternatesProgram() {}

    /**
     * The scenarios: in each, how many panel members of each value stay and how many dropped out.
     *
     * @param stayCounts {@code [scenario][category][value]}
     * @param dropouts {@code [scenario]}
     */
    public record Scenarios(int[][][] stayCounts, int[] dropouts) {

        public int size() {
            return dropouts.length;
        }
    }

    /**
     * @param alternates how many alternates of each type
     * @param deviation the average weighted deviation from the targets over the scenarios
     * @param optimal whether the solver proved it optimal (else the best found within the time limit)
     */
    public record Solution(int[] alternates, double deviation, boolean optimal) {}

    /**
     * @param typeValues the value index per category of each candidate type
     * @param typeSize how many candidates each type has
     * @param households types (of one person each) of which at most one may be an alternate
     * @param fixed when set, the alternates per type to evaluate rather than choose
     */
    public static Solution solve(
            int[][] typeValues,
            int[] typeSize,
            List<int[]> households,
            int[][] min,
            int[][] max,
            Scenarios scenarios,
            int budget,
            int @Nullable [] fixed,
            double timeLimitSeconds,
            RunControl control) {
        OrTools.load();
        var solver = MPSolver.createSolver("SCIP");
        try {
            MPVariable[] x = choices(solver, typeSize, households, budget, fixed);
            double constant = 0;
            var objective = solver.objective();
            for (int j = 0; j < scenarios.size(); j++) {
                constant += scenario(solver, x, typeValues, min, max, scenarios, j, objective);
            }
            objective.setMinimization();
            var parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-4);
            solver.setTimeLimit(Math.round(timeLimitSeconds * 1000));
            var status = OrTools.solve(solver, parameters, control);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                throw new IllegalStateException("SCIP found no choice of alternates: " + status);
            }
            int[] chosen = new int[x.length];
            for (int t = 0; t < x.length; t++) {
                chosen[t] = (int) Math.round(x[t].solutionValue());
            }
            double deviation = (objective.value() + constant) / scenarios.size();
            return new Solution(chosen, deviation, status == MPSolver.ResultStatus.OPTIMAL);
        } finally {
            solver.delete();
        }
    }

    /** x_t: how many alternates of type t, within the budget and at most one per household (or fixed). */
    private static MPVariable[] choices(
            MPSolver solver, int[] typeSize, List<int[]> households, int budget, int @Nullable [] fixed) {
        MPVariable[] x = new MPVariable[typeSize.length];
        var total = solver.makeConstraint(0, budget, "budget");
        for (int t = 0; t < x.length; t++) {
            int bound = fixed == null ? typeSize[t] : fixed[t];
            x[t] = solver.makeIntVar(fixed == null ? 0 : bound, bound, "x" + t);
            total.setCoefficient(x[t], 1);
        }
        for (int[] household : households) {
            var one = solver.makeConstraint(0, 1, "household");
            for (int t : household) {
                one.setCoefficient(x[t], 1);
            }
        }
        return x;
    }

    /**
     * Adds scenario j's replacements and deviations; returns the deviation that is fixed whatever is chosen (for a
     * scenario without dropouts, all of it).
     */
    private static double scenario(
            MPSolver solver,
            MPVariable[] x,
            int[][] typeValues,
            int[][] min,
            int[][] max,
            Scenarios scenarios,
            int j,
            com.google.ortools.linearsolver.MPObjective objective) {
        int[][] stay = scenarios.stayCounts()[j];
        int dropouts = scenarios.dropouts()[j];
        if (dropouts == 0) {
            double fixedDeviation = 0;
            for (int c = 0; c < min.length; c++) {
                for (int v = 0; v < min[c].length; v++) {
                    fixedDeviation += deviation(stay[c][v], min[c][v], max[c][v]);
                }
            }
            return fixedDeviation;
        }
        MPVariable[] y = new MPVariable[x.length];
        var seats = solver.makeConstraint(0, dropouts, "replacements" + j);
        for (int t = 0; t < x.length; t++) {
            y[t] = solver.makeIntVar(0, Math.min(dropouts, x[t].ub()), "y" + t + "_" + j);
            seats.setCoefficient(y[t], 1);
            var withinChosen = solver.makeConstraint(-MPSolver.infinity(), 0, "chosen" + t + "_" + j);
            withinChosen.setCoefficient(y[t], 1);
            withinChosen.setCoefficient(x[t], -1);
        }
        for (int c = 0; c < min.length; c++) {
            for (int v = 0; v < min[c].length; v++) {
                var z = solver.makeNumVar(0, MPSolver.infinity(), "z" + j + "_" + c + "_" + v);
                objective.setCoefficient(z, 1.0 / Math.max(1, max[c][v]));
                var below = solver.makeConstraint(min[c][v] - stay[c][v], MPSolver.infinity(), "below");
                var above = solver.makeConstraint(stay[c][v] - max[c][v], MPSolver.infinity(), "above");
                below.setCoefficient(z, 1);
                above.setCoefficient(z, 1);
                for (int t = 0; t < x.length; t++) {
                    if (typeValues[t][c] == v) {
                        below.setCoefficient(y[t], 1);
                        above.setCoefficient(y[t], -1);
                    }
                }
            }
        }
        return 0;
    }

    /** How far a count is outside its target, weighted by the target's size. */
    public static double deviation(int count, int min, int max) {
        return (double) Math.max(0, Math.max(min - count, count - max)) / Math.max(1, max);
    }
}
