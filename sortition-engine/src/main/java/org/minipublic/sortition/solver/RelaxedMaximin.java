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
 *   maximise z  such that  n·z + Σ_t e_t = k,  min ≤ n_v·z + Σ_{t has v} e_t ≤ max,  e_t ≥ 0
 * </pre>
 *
 * where {@code e_t} are group t's seats above z per person. Leaving out "a chance is at most 1" and "one seat per
 * household" makes the program a relaxation of the relaxed polytope, so its z is still a bound no lottery over valid
 * panels can beat; on a pool of 50,000 it solves in seconds where the full program took minutes.
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
            MPConstraint[][] targets = new MPConstraint[instance.categoryCount()][];
            for (int c = 0; c < targets.length; c++) {
                targets[c] = new MPConstraint[instance.valueCount(c)];
                int[] people = new int[instance.valueCount(c)];
                for (int v : instance.valueOf()[c]) {
                    people[v]++;
                }
                for (int v = 0; v < targets[c].length; v++) {
                    targets[c][v] = solver.makeConstraint(instance.min()[c][v], instance.max()[c][v], "target");
                    targets[c][v].setCoefficient(z, people[v]);
                }
            }
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
}
