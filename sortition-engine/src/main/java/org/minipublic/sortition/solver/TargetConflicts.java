package org.minipublic.sortition.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * Finds a smallest set of target bounds that cannot all hold together (with the panel size, the pool and the household
 * rule): drop bounds one at a time and keep each drop that leaves the rest still impossible (a deletion filter). What
 * remains is a conflict in which every bound matters, which is what an organiser must change.
 */
public final class TargetConflicts {

    private TargetConflicts() {}

    /** Whether a panel exists that meets every bound. */
    public static boolean feasible(Instance instance, Groups groups, RunControl control) {
        return feasibleWith(instance, groups, allBounds(instance), control);
    }

    /** A minimal conflicting set of bounds; empty when the targets can all be met. */
    public static List<Bound> minimalConflict(Instance instance, Groups groups, RunControl control) {
        List<Bound> kept = new ArrayList<>(allBounds(instance));
        if (feasibleWith(instance, groups, kept, control)) {
            return List.of();
        }
        for (var bound : List.copyOf(kept)) {
            kept.remove(bound);
            if (feasibleWith(instance, groups, kept, control)) {
                kept.add(bound);
            }
        }
        return kept.stream()
                .sorted(java.util.Comparator.comparingInt(Bound::category)
                        .thenComparingInt(Bound::value)
                        .thenComparing(b -> !b.minimum()))
                .toList();
    }

    private static List<Bound> allBounds(Instance instance) {
        List<Bound> bounds = new ArrayList<>();
        for (int c = 0; c < instance.categoryCount(); c++) {
            for (int v = 0; v < instance.valueCount(c); v++) {
                if (instance.min()[c][v] > 0) {
                    bounds.add(new Bound(c, v, true));
                }
                bounds.add(new Bound(c, v, false));
            }
        }
        return bounds;
    }

    private static boolean feasibleWith(Instance instance, Groups groups, List<Bound> bounds, RunControl control) {
        OrTools.load();
        var model = new CpModel();
        IntVar[] seats = PanelRules.seatsPerGroup(model, groups);
        PanelRules.panelSize(model, seats, instance.k());
        PanelRules.atMostOnePerHousehold(model, seats, groups);
        for (var bound : Set.copyOf(bounds)) {
            var sum = PanelRules.seatsWithValue(seats, groups, bound.category(), bound.value());
            if (bound.minimum()) {
                model.addGreaterOrEqual(sum, instance.min()[bound.category()][bound.value()]);
            } else {
                model.addLessOrEqual(sum, instance.max()[bound.category()][bound.value()]);
            }
        }
        var solver = OrTools.cpSolver();
        var status = OrTools.solve(solver, model, control);
        if (status == CpSolverStatus.UNKNOWN || status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT could not decide whether the targets can be met: " + status);
        }
        return status != CpSolverStatus.INFEASIBLE;
    }
}
