package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * Finds the valid panel (a number of seats per group) that maximises a weighted sum of seats: the pricing step of
 * column generation. SCIP solves it: its linear-programming bounds prove optimality quickly even when many panels
 * are nearly as good, which is the usual case with fairness duals (CP-SAT can take minutes to prove the same).
 */
public final class PanelSearch {

    private final MPSolver solver;
    private final MPVariable[] seats;
    private final MPSolverParameters parameters;
    private final RunControl control;
    private int solves;

    public PanelSearch(Instance instance, Groups groups, long seed, RunControl control) {
        OrTools.load();
        this.control = control;
        this.solver = MPSolver.createSolver("SCIP");
        solver.setSolverSpecificParametersAsString(
                ScipSettings.PRICING + "\nrandomization/randomseedshift = " + Math.floorMod(seed, 1_000_000));
        this.seats = new MPVariable[groups.count()];
        for (int t = 0; t < seats.length; t++) {
            seats[t] = solver.makeIntVar(0, groups.size(t), "seats_" + t);
        }
        panelSize(instance.k());
        targetsRespected(groups, instance);
        atMostOnePerHousehold(groups);
        this.parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-12);
    }

    /** The panel has exactly k members. */
    private void panelSize(int k) {
        MPConstraint size = solver.makeConstraint(k, k, "panel_size");
        Arrays.stream(seats).forEach(v -> size.setCoefficient(v, 1));
    }

    /** Every value of every category gets between its minimum and maximum seats. */
    private void targetsRespected(Groups groups, Instance instance) {
        for (int c = 0; c < instance.categoryCount(); c++) {
            for (int v = 0; v < instance.valueCount(c); v++) {
                MPConstraint target =
                        solver.makeConstraint(instance.min()[c][v], instance.max()[c][v], "target_" + c + "_" + v);
                for (int t = 0; t < seats.length; t++) {
                    if (groups.values()[t][c] == v) {
                        target.setCoefficient(seats[t], 1);
                    }
                }
            }
        }
    }

    /** At most one person per household (address). */
    private void atMostOnePerHousehold(Groups groups) {
        for (int[] household : groups.households()) {
            MPConstraint one = solver.makeConstraint(0, 1, "household");
            for (int t : household) {
                one.setCoefficient(seats[t], 1);
            }
        }
    }

    /** The seats per group of a best panel for these per-seat weights, or empty when no valid panel exists. */
    public Optional<int[]> best(double[] weightPerSeat) {
        // Every panel has exactly k seats, so shifting all weights by the same amount changes every panel's value
        // alike. Shifting by the median removes the large common part that fairness duals often share, and scaling
        // to a largest weight of 1 keeps the solver's tolerances meaningful.
        double[] sorted = weightPerSeat.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double largest = 0;
        for (double w : weightPerSeat) {
            largest = Math.max(largest, Math.abs(w - median));
        }
        var objective = solver.objective();
        for (int t = 0; t < seats.length; t++) {
            objective.setCoefficient(seats[t], largest == 0 ? 0 : (weightPerSeat[t] - median) / largest);
        }
        objective.setMaximization();
        solves++;
        var status = OrTools.solve(solver, parameters, control);
        if (status == MPSolver.ResultStatus.INFEASIBLE) {
            return Optional.empty();
        }
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("SCIP could not solve the panel search: " + status);
        }
        return Optional.of(current());
    }

    private int[] current() {
        int[] result = new int[seats.length];
        for (int t = 0; t < seats.length; t++) {
            result[t] = (int) Math.round(seats[t].solutionValue());
        }
        return result;
    }

    public int solves() {
        return solves;
    }
}
