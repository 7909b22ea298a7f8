package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * The largest smallest chance when seats may be split and only the panel size and the targets count, a linear program
 * with a row per target instead of a row per group:
 *
 * <pre>
 *   maximise z  such that  n·z + Σ_t e_t = k,  min ≤ n_v·z + Σ_{t has v} e_t ≤ max,  0 ≤ e_t ≤ size_t
 * </pre>
 *
 * where {@code e_t} are group t's seats above z per person. A lottery with smallest chance z gives each group
 * e_t = seats_t − size_t·z between 0 and size_t·(1 − z), so the program is a relaxation of the relaxed polytope: its
 * z is still a bound no lottery over valid panels can beat, though "a chance is at most 1" is only kept as e_t ≤ size_t
 * and "one seat per household" is left out. On a pool of 50,000 it solves in seconds where the full program took
 * minutes.
 */
public final class RelaxedMaximin {

    private RelaxedMaximin() {}

    /**
     * The optimum: the bound z and each group's seats above z·size (a vertex, so few groups have any).
     */
    public record Point(double bound, double[] excessSeats) {}

    /** The optimum, or empty when no split of seats meets the targets (or the program failed numerically). */
    public static Optional<Point> solve(Instance instance, Groups groups, RunControl control) {
        OrTools.load();
        var solver = MPSolver.createSolver("GLOP");
        try {
            var z = solver.makeNumVar(0, 1, "z");
            var size = solver.makeConstraint(instance.k(), instance.k(), "panel_size");
            size.setCoefficient(z, instance.n());
            var targets = targetRows(solver, instance, z);
            MPVariable[] excess = new MPVariable[groups.count()];
            for (int t = 0; t < excess.length; t++) {
                excess[t] = solver.makeNumVar(0, groups.size(t), "e" + t);
                size.setCoefficient(excess[t], 1);
                for (int c = 0; c < targets.length; c++) {
                    targets[c][groups.values()[t][c]].setCoefficient(excess[t], 1);
                }
            }
            solver.objective().setCoefficient(z, 1);
            solver.objective().setMaximization();
            if (OrTools.solve(solver, null, control) != MPSolver.ResultStatus.OPTIMAL) {
                return Optional.empty();
            }
            double[] seats = new double[excess.length];
            for (int t = 0; t < seats.length; t++) {
                seats[t] = Math.max(0, excess[t].solutionValue());
            }
            return Optional.of(new Point(Math.max(0, z.solutionValue()), seats));
        } finally {
            solver.delete();
        }
    }

    /** A row per target, min ≤ n_v·z + … ≤ max, the groups' excess to be added. */
    private static MPConstraint[][] targetRows(MPSolver solver, Instance instance, MPVariable z) {
        MPConstraint[][] targets = new MPConstraint[instance.categoryCount()][];
        for (int c = 0; c < targets.length; c++) {
            targets[c] = new MPConstraint[instance.valueCount(c)];
            int[] people = instance.peoplePerValue(c);
            for (int v = 0; v < targets[c].length; v++) {
                targets[c][v] = solver.makeConstraint(instance.min()[c][v], instance.max()[c][v], "target");
                targets[c][v].setCoefficient(z, people[v]);
            }
        }
        return targets;
    }
}
