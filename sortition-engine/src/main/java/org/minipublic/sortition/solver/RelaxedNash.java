package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * The Nash lottery on the relaxed panel polytope: expected seats that maximise the sum over respondents of the
 * logarithm of their chance, Σ_t size_t·log(s_t/size_t), with the logarithm by tangent lines ({@link LogChances}).
 */
public final class RelaxedNash {

    private static final int MAX_ROUNDS = 500;

    /** Tangents are placed no lower than this chance. */
    private static final double SMALLEST_TANGENT = 1e-12;

    private RelaxedNash() {}

    /** The chance of each group, or empty when the linear programs failed. */
    public static Optional<double[]> chances(Instance instance, Groups groups, boolean[] possible, RunControl control) {
        OrTools.load();
        var solver = MPSolver.createSolver("GLOP");
        try {
            MPVariable[] seats = new MPVariable[groups.count()];
            for (int t = 0; t < seats.length; t++) {
                seats[t] = solver.makeNumVar(0, possible[t] ? groups.size(t) : 0, "seats" + t);
            }
            var log = new LogChances(solver, seats, groups, possible, SMALLEST_TANGENT, control);
            RelaxedLeximin.rules(solver, seats, instance, groups);
            return log.maximise(MAX_ROUNDS);
        } finally {
            solver.delete();
        }
    }
}
