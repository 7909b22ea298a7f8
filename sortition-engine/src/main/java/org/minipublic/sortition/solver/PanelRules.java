package org.minipublic.sortition.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * The rules every panel obeys, as CP-SAT constraints over the number of people chosen of each group. One method per
 * rule, each with the rule it states.
 */
final class PanelRules {

    private PanelRules() {}

    /** How many people of each group sit on the panel: between none and everyone of that group. */
    static IntVar[] seatsPerGroup(CpModel model, Groups groups) {
        IntVar[] seats = new IntVar[groups.count()];
        for (int t = 0; t < seats.length; t++) {
            seats[t] = model.newIntVar(0, groups.size(t), "seats_" + t);
        }
        return seats;
    }

    /** The panel has exactly k members. */
    static void panelSize(CpModel model, IntVar[] seats, int k) {
        model.addEquality(LinearExpr.sum(seats), k);
    }

    /** Every value of every category gets between its minimum and maximum seats. */
    static void targetsRespected(CpModel model, IntVar[] seats, Groups groups, Instance instance) {
        for (int c = 0; c < instance.categoryCount(); c++) {
            for (int v = 0; v < instance.valueCount(c); v++) {
                model.addLinearConstraint(
                        seatsWithValue(seats, groups, c, v), instance.min()[c][v], instance.max()[c][v]);
            }
        }
    }

    /** At most one person per household (address). */
    static void atMostOnePerHousehold(CpModel model, IntVar[] seats, Groups groups) {
        for (int[] household : groups.households()) {
            IntVar[] members = new IntVar[household.length];
            for (int j = 0; j < household.length; j++) {
                members[j] = seats[household[j]];
            }
            model.addLessOrEqual(LinearExpr.sum(members), 1);
        }
    }

    static LinearExpr seatsWithValue(IntVar[] seats, Groups groups, int category, int value) {
        List<IntVar> matching = new ArrayList<>();
        for (int t = 0; t < groups.count(); t++) {
            if (groups.values()[t][category] == value) {
                matching.add(seats[t]);
            }
        }
        return LinearExpr.sum(matching.toArray(IntVar[]::new));
    }
}
