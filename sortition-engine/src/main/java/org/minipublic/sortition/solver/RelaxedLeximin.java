package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * Leximin over the relaxed panel polytope: expected seats per group may be any numbers that meet the panel size, the
 * targets and the household rule, as if seats could be split. It is computed with small linear programs, one variable
 * per group, and is at least as good as any lottery over real panels; when a lottery over real panels achieves it (which
 * {@link FaceDecomposition} checks), it is the exact leximin answer.
 *
 * <pre>
 *   stage:  maximise z  such that  Σ_t s_t = k,  min ≤ Σ_{t has v} s_t ≤ max,  Σ_{t in household} s_t ≤ 1,
 *           0 ≤ s_t ≤ size_t,  s_t/size_t ≥ z (groups not yet fixed),  s_t/size_t ≥ p_t (fixed groups)
 * </pre>
 */
public final class RelaxedLeximin {

    private RelaxedLeximin() {}

    /**
     * @param possible which groups can be on some valid panel (the others are fixed at 0)
     * @return the leximin chance of each group, or empty when the linear programs failed numerically
     */
    public static Optional<double[]> chances(Instance instance, Groups groups, boolean[] possible, RunControl control) {
        OrTools.load();
        var solver = MPSolver.createSolver("GLOP");
        try {
            return new Stages(solver, instance, groups, possible, control).run();
        } finally {
            solver.delete();
        }
    }

    /**
     * The largest smallest chance on the relaxed polytope: no lottery over valid panels gives everyone a larger
     * chance, so it bounds how far a lottery's smallest chance can be from the optimum.
     */
    public static Optional<Double> smallestChanceBound(Instance instance, Groups groups, RunControl control) {
        OrTools.load();
        var solver = MPSolver.createSolver("GLOP");
        try {
            boolean[] all = new boolean[groups.count()];
            Arrays.fill(all, true);
            var stages = new Stages(solver, instance, groups, all, control);
            return stages.solve() ? Optional.of(Math.max(0, stages.z.solutionValue())) : Optional.empty();
        } finally {
            solver.delete();
        }
    }

    /**
     * The stages of leximin on one program: each maximises the smallest chance z of the groups not yet fixed, then
     * fixes the groups whose row has a positive price (they cannot rise above z in any optimum).
     */
    private static final class Stages {

        private final MPSolver solver;
        private final RunControl control;
        private final MPVariable z;
        private final MPConstraint[] chance;
        private final double[] fixed;
        private int unfixed;

        Stages(MPSolver solver, Instance instance, Groups groups, boolean[] possible, RunControl control) {
            this.solver = solver;
            this.control = control;
            MPVariable[] seats = new MPVariable[groups.count()];
            for (int t = 0; t < seats.length; t++) {
                seats[t] = solver.makeNumVar(0, possible[t] ? groups.size(t) : 0, "seats" + t);
            }
            this.z = solver.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "z");
            rules(solver, seats, instance, groups);
            this.chance = new MPConstraint[seats.length];
            this.fixed = new double[seats.length];
            Arrays.fill(fixed, Double.NaN);
            for (int t = 0; t < seats.length; t++) {
                chance[t] = solver.makeConstraint(0, MPSolver.infinity(), "chance" + t);
                chance[t].setCoefficient(seats[t], 1.0 / groups.size(t));
                if (possible[t]) {
                    chance[t].setCoefficient(z, -1);
                    unfixed++;
                } else {
                    fixed[t] = 0;
                }
            }
            solver.objective().setCoefficient(z, 1);
            solver.objective().setMaximization();
        }

        boolean solve() {
            return OrTools.solve(solver, null, control) == MPSolver.ResultStatus.OPTIMAL;
        }

        Optional<double[]> run() {
            while (unfixed > 0) {
                if (!solve() || !fixAtLevel(Math.max(0, z.solutionValue()))) {
                    return Optional.empty();
                }
            }
            return Optional.of(fixed);
        }

        /** Fixes the groups with a positive price at this level; false when there is none (numerical trouble). */
        private boolean fixAtLevel(double level) {
            double sign = dualSign(chance, fixed);
            double[] prices = new double[chance.length];
            for (int t = 0; t < chance.length; t++) {
                prices[t] = sign * chance[t].dualValue(); // read all before changing the model
            }
            int before = unfixed;
            for (int t = 0; t < chance.length; t++) {
                if (Double.isNaN(fixed[t]) && prices[t] > 1e-9) {
                    fixed[t] = level;
                    chance[t].setCoefficient(z, 0);
                    chance[t].setLb(level - 1e-12);
                    unfixed--;
                }
            }
            return unfixed < before;
        }
    }

    /** The panel size, targets and household rule, on expected seats. */
    static void rules(MPSolver solver, MPVariable[] seats, Instance instance, Groups groups) {
        var size = solver.makeConstraint(instance.k(), instance.k(), "panel_size");
        Arrays.stream(seats).forEach(s -> size.setCoefficient(s, 1));
        for (int c = 0; c < instance.categoryCount(); c++) {
            for (int v = 0; v < instance.valueCount(c); v++) {
                var target = solver.makeConstraint(instance.min()[c][v], instance.max()[c][v], "target" + c + "_" + v);
                for (int t = 0; t < seats.length; t++) {
                    if (groups.values()[t][c] == v) {
                        target.setCoefficient(seats[t], 1);
                    }
                }
            }
        }
        for (int[] household : groups.households()) {
            var one = solver.makeConstraint(0, 1, "household");
            for (int t : household) {
                one.setCoefficient(seats[t], 1);
            }
        }
    }

    /** Duals of a maximisation come with a solver-specific sign; the unfixed groups' duals sum to +1. */
    private static double dualSign(MPConstraint[] chance, double[] fixed) {
        double sum = 0;
        for (int t = 0; t < chance.length; t++) {
            if (Double.isNaN(fixed[t])) {
                sum += chance[t].dualValue();
            }
        }
        return sum < 0 ? -1 : 1;
    }
}
