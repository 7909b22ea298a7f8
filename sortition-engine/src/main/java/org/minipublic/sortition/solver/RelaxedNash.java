package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.Optional;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.model.TypeTable;

/**
 * The Nash lottery on the relaxed panel polytope: expected seats that maximise the sum over respondents of the
 * logarithm of their chance, Σ_t size_t·log(s_t/size_t). The logarithm is approximated from above by tangent lines
 * (Kelley's cutting planes), adding at each round a tangent where the approximation is too optimistic, until it is
 * exact to within the tolerance.
 */
public final class RelaxedNash {

    /**
     * A type's logarithm counts as exact when overstated by less than this (a relative error of its chance of about
     * the same size); smaller gaps are within the linear solver's own tolerances.
     */
    private static final double TOLERANCE = 1e-6;

    private static final int MAX_ROUNDS = 500;

    private static final double[] START_TANGENTS = {1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1};

    private RelaxedNash() {}

    /** The chance of each type, or empty when the linear programs failed. */
    public static Optional<double[]> chances(Instance instance, TypeTable types, boolean[] possible) {
        OrTools.load();
        var solver = MPSolver.createSolver("GLOP");
        try {
            MPVariable[] seats = new MPVariable[types.count()];
            MPVariable[] log = new MPVariable[types.count()];
            for (int t = 0; t < seats.length; t++) {
                seats[t] = solver.makeNumVar(0, possible[t] ? types.size(t) : 0, "seats" + t);
                log[t] = solver.makeNumVar(-MPSolver.infinity(), 0, "log" + t);
                if (possible[t]) {
                    solver.objective().setCoefficient(log[t], types.size(t));
                    for (double q : START_TANGENTS) {
                        tangent(solver, seats[t], log[t], types.size(t), q);
                    }
                }
            }
            RelaxedLeximin.rules(solver, seats, instance, types);
            solver.objective().setMaximization();
            for (int round = 0; round < MAX_ROUNDS; round++) {
                if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                    return Optional.empty();
                }
                boolean cut = false;
                double[] chance = new double[seats.length];
                for (int t = 0; t < seats.length; t++) {
                    chance[t] = seats[t].solutionValue() / types.size(t);
                }
                double[] logValue = Arrays.stream(log)
                        .mapToDouble(MPVariable::solutionValue)
                        .toArray();
                for (int t = 0; t < seats.length; t++) {
                    if (!possible[t]) {
                        continue;
                    }
                    double gap = logValue[t] - Math.log(Math.max(chance[t], 1e-300));
                    if (gap > TOLERANCE) {
                        cut = true;
                        tangent(solver, seats[t], log[t], types.size(t), Math.max(chance[t], 1e-12));
                    }
                }
                if (!cut) {
                    return Optional.of(chance);
                }
            }
            return Optional.empty();
        } finally {
            solver.delete();
        }
    }

    /** log(p) ≤ log(q) + (p − q)/q, with p = seats/size: the tangent of the logarithm at q. */
    private static void tangent(MPSolver solver, MPVariable seats, MPVariable log, int size, double q) {
        var cut = solver.makeConstraint(-MPSolver.infinity(), Math.log(q) - 1, "tangent");
        cut.setCoefficient(log, 1);
        cut.setCoefficient(seats, -1.0 / (size * q));
    }
}
