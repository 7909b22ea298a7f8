package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * Which groups the panel rules leave no room for even with seats split (the relaxed polytope): such a group is on no
 * valid panel, found with one small linear program each instead of a panel search.
 */
public final class SeatBounds {

    private SeatBounds() {}

    /** @return for each group, whether the relaxed panel rules allow it a share of a seat */
    public static boolean[] relaxedRoom(Instance instance, Groups groups, RunControl control) {
        OrTools.load();
        var solver = MPSolver.createSolver("GLOP");
        try {
            MPVariable[] seats = new MPVariable[groups.count()];
            for (int t = 0; t < seats.length; t++) {
                seats[t] = solver.makeNumVar(0, groups.size(t), "seats" + t);
            }
            RelaxedLeximin.rules(solver, seats, instance, groups);
            boolean[] room = new boolean[seats.length];
            var objective = solver.objective();
            objective.setMaximization();
            for (int t = 0; t < seats.length; t++) {
                objective.clear();
                objective.setCoefficient(seats[t], 1);
                objective.setMaximization();
                var status = OrTools.solve(solver, null, control);
                // anything but a proven zero keeps the group: the panel search decides
                room[t] = status != MPSolver.ResultStatus.OPTIMAL || seats[t].solutionValue() > 1e-7;
            }
            return room;
        } finally {
            solver.delete();
        }
    }
}
