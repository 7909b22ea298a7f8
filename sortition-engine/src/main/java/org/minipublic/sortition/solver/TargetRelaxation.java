package org.minipublic.sortition.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.Arrays;
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
        var changes = Changes.allowed(model, instance, groups, seats, minFlex, maxFlex);
        model.minimize(changes.cost());
        var solver = OrTools.cpSolver();
        var status = OrTools.solve(solver, model, control);
        if (status == CpSolverStatus.INFEASIBLE) {
            return Optional.empty();
        }
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT could not find the smallest relaxation: " + status);
        }
        return Optional.of(changes.relaxedTargets(instance, solver));
    }

    /** How far each value's minimum is lowered and its maximum raised. */
    private record Changes(IntVar[][] lowered, IntVar[][] raised) {

        /** Each value's seats stay within its minimum lowered and its maximum raised, as far as its flex allows. */
        static Changes allowed(
                CpModel model, Instance instance, Groups groups, IntVar[] seats, int[][] minFlex, int[][] maxFlex) {
            var changes = new Changes(new IntVar[instance.categoryCount()][], new IntVar[instance.categoryCount()][]);
            for (int c = 0; c < instance.categoryCount(); c++) {
                changes.lowered[c] = new IntVar[instance.valueCount(c)];
                changes.raised[c] = new IntVar[instance.valueCount(c)];
                for (int v = 0; v < instance.valueCount(c); v++) {
                    int min = instance.min()[c][v];
                    int max = instance.max()[c][v];
                    var down = model.newIntVar(0, min - minFlex[c][v], "down_" + c + "_" + v);
                    var up = model.newIntVar(0, maxFlex[c][v] - max, "up_" + c + "_" + v);
                    var sum = PanelRules.seatsWithValue(seats, groups, c, v);
                    model.addGreaterOrEqual(LinearExpr.sum(new LinearExpr[] {sum, LinearExpr.term(down, 1)}), min);
                    model.addLessOrEqual(LinearExpr.sum(new LinearExpr[] {sum, LinearExpr.term(up, -1)}), max);
                    changes.lowered[c][v] = down;
                    changes.raised[c][v] = up;
                }
            }
            return changes;
        }

        /**
         * Fewest seats of change first (10 per seat); among those, the fewest lowered minimums (1 more each), since a
         * minimum usually protects a group that is hard to recruit.
         */
        LinearExpr cost() {
            var cost = LinearExpr.newBuilder();
            Arrays.stream(lowered).flatMap(Arrays::stream).forEach(v -> cost.addTerm(v, 11));
            Arrays.stream(raised).flatMap(Arrays::stream).forEach(v -> cost.addTerm(v, 10));
            return cost.build();
        }

        int[][][] relaxedTargets(Instance instance, CpSolver solver) {
            int[][][] result = new int[instance.categoryCount()][][];
            for (int c = 0; c < instance.categoryCount(); c++) {
                result[c] = new int[instance.valueCount(c)][];
                for (int v = 0; v < instance.valueCount(c); v++) {
                    result[c][v] = new int[] {
                        instance.min()[c][v] - (int) solver.value(lowered[c][v]),
                        instance.max()[c][v] + (int) solver.value(raised[c][v])
                    };
                }
            }
            return result;
        }
    }
}
