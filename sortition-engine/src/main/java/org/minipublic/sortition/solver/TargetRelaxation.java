package org.minipublic.sortition.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * The smallest change of targets, within what organisers allow (min down to min_flex, max up to max_flex), after which
 * a valid panel exists: the fewest seats of change in total, lowering minimums only when raising maximums is not
 * enough to break a tie.
 */
public final class TargetRelaxation {

    private TargetRelaxation() {}

    /** @return new {min, max} per category and value, or empty when even the allowed changes are not enough */
    public static Optional<int[][][]> smallest(
            Instance instance, Groups groups, int[][] minFlex, int[][] maxFlex, RunControl control) {
        OrTools.load();
        var model = new CpModel();
        IntVar[] seats = PanelRules.seatsPerGroup(model, groups);
        PanelRules.panelSize(model, seats, instance.k());
        PanelRules.atMostOnePerHousehold(model, seats, groups);
        List<IntVar> lowered = new ArrayList<>();
        List<IntVar> raised = new ArrayList<>();
        int[][][] index = new int[instance.categoryCount()][][];
        for (int c = 0; c < instance.categoryCount(); c++) {
            index[c] = new int[instance.valueCount(c)][];
            for (int v = 0; v < instance.valueCount(c); v++) {
                int min = instance.min()[c][v];
                int max = instance.max()[c][v];
                var down = model.newIntVar(0, min - minFlex[c][v], "down_" + c + "_" + v);
                var up = model.newIntVar(0, maxFlex[c][v] - max, "up_" + c + "_" + v);
                var sum = PanelRules.seatsWithValue(seats, groups, c, v);
                model.addGreaterOrEqual(LinearExpr.sum(new LinearExpr[] {sum, LinearExpr.term(down, 1)}), min);
                model.addLessOrEqual(LinearExpr.sum(new LinearExpr[] {sum, LinearExpr.term(up, -1)}), max);
                index[c][v] = new int[] {lowered.size()};
                lowered.add(down);
                raised.add(up);
            }
        }
        // Fewest seats of change first (10 per seat); among those, the fewest lowered minimums (1 more each), since a
        // minimum usually protects a group that is hard to recruit.
        var cost = LinearExpr.newBuilder();
        lowered.forEach(v -> cost.addTerm(v, 11));
        raised.forEach(v -> cost.addTerm(v, 10));
        model.minimize(cost);
        var solver = OrTools.cpSolver();
        var status = OrTools.solve(solver, model, control);
        if (status == CpSolverStatus.INFEASIBLE) {
            return Optional.empty();
        }
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT could not find the smallest relaxation: " + status);
        }
        int[][][] result = new int[instance.categoryCount()][][];
        for (int c = 0; c < instance.categoryCount(); c++) {
            result[c] = new int[instance.valueCount(c)][];
            for (int v = 0; v < instance.valueCount(c); v++) {
                int i = index[c][v][0];
                result[c][v] = new int[] {
                    instance.min()[c][v] - (int) solver.value(lowered.get(i)),
                    instance.max()[c][v] + (int) solver.value(raised.get(i))
                };
            }
        }
        return Optional.of(result);
    }
}
