package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;

/**
 * The Nash objective Σ_t size_t·log(chance_t) in a linear program whose variables are the expected seats of each group.
 * The logarithm is approximated from above by tangent lines (Kelley's cutting planes), adding at each round a tangent
 * where the approximation is too optimistic, until it is exact to within the tolerance.
 */
final class LogChances {

    /**
     * A group's logarithm counts as exact when overstated by less than this (a relative error of its chance of about
     * the same size); smaller gaps are within the linear solver's own tolerances.
     */
    private static final double TOLERANCE = 1e-6;

    private static final double[] START_TANGENTS = {1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1};

    private final MPSolver solver;
    private final MPVariable[] seats;
    private final MPVariable[] log;
    private final Groups groups;
    private final boolean[] possible;
    private final double smallestTangent;
    private final RunControl control;

    /**
     * @param possible the groups that count; the others get no logarithm (their chance is 0)
     * @param smallestTangent no tangent is placed below this chance: tangents at tiny chances have huge slopes that
     *     upset the simplex method
     */
    LogChances(
            MPSolver solver,
            MPVariable[] seats,
            Groups groups,
            boolean[] possible,
            double smallestTangent,
            RunControl control) {
        this.solver = solver;
        this.control = control;
        this.seats = seats;
        this.groups = groups;
        this.possible = possible.clone();
        this.smallestTangent = smallestTangent;
        this.log = new MPVariable[seats.length];
        for (int t = 0; t < seats.length; t++) {
            if (possible[t]) {
                log[t] = solver.makeNumVar(-MPSolver.infinity(), 0, "log" + t);
                solver.objective().setCoefficient(log[t], groups.size(t));
                for (double q : START_TANGENTS) {
                    tangent(t, q);
                }
            }
        }
        solver.objective().setMaximization();
    }

    /**
     * Solves and adds tangents until the logarithm is exact. When it returns chances, the program's last solution
     * is still readable (no cut was added after it).
     *
     * @return each group's chance at the optimum, or empty when the linear programs failed
     */
    Optional<double[]> maximise(int maxRounds) {
        for (int round = 0; round < maxRounds; round++) {
            var status = OrTools.solve(solver, null, control);
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                // After many cuts GLOP's warm start now and then ends ABNORMAL; started afresh, it solves.
                solver.reset();
                status = OrTools.solve(solver, null, control);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return Optional.empty();
            }
            // Read the whole solution first: adding a cut discards it.
            double[] chance = new double[seats.length];
            double[] logValue = new double[seats.length];
            for (int t = 0; t < seats.length; t++) {
                chance[t] = Math.max(0, seats[t].solutionValue()) / groups.size(t);
                logValue[t] = possible[t] ? log[t].solutionValue() : 0;
            }
            boolean cut = false;
            for (int t = 0; t < seats.length; t++) {
                if (possible[t] && logValue[t] - Math.log(Math.max(chance[t], 1e-300)) > TOLERANCE) {
                    cut = true;
                    tangent(t, Math.max(chance[t], smallestTangent));
                }
            }
            if (!cut) {
                return Optional.of(chance);
            }
        }
        return Optional.empty();
    }

    /** log(p) ≤ log(q) + (p − q)/q, with p = seats/size: the tangent of the logarithm at q. */
    private void tangent(int t, double q) {
        var cut = solver.makeConstraint(-MPSolver.infinity(), Math.log(q) - 1, "tangent");
        cut.setCoefficient(log[t], 1);
        cut.setCoefficient(seats[t], -1.0 / (groups.size(t) * q));
    }
}
