package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.List;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.MasterLp;
import org.minipublic.sortition.solver.RelaxedLeximin;
import org.minipublic.sortition.solver.RunControl;

/**
 * When the time limit stops a fair algorithm: the lottery over the panels found so far that gives the largest
 * smallest chance to the respondents on any of them, and a bound on how far that smallest chance is from the best
 * any lottery can do. Only an interruption, or finding no panel at all, leaves no lottery.
 */
final class BestFound {

    private BestFound() {}

    static Outcome lottery(
            Instance instance, Groups groups, PanelColumns columns, RunControl.Stopped stopped, RunControl control) {
        if (stopped.reason() == RunControl.Reason.INTERRUPTED || columns.size() == 0) {
            throw stopped;
        }
        control.finishing();
        control.progress("Stopped at the time limit while " + stopped.phase() + "; taking the fairest lottery over the "
                + columns.size() + " panels found");
        double bound =
                RelaxedLeximin.smallestChanceBound(instance, groups, control).orElse(1.0);
        double[] weights = weights(groups, columns, control);
        var distribution = new Distribution(groups, columns.all(), weights).withoutNegligible(1e-12);
        return new Outcome(
                distribution,
                distribution.chances(),
                List.of(),
                columns.size(),
                columns.solverCalls(),
                0,
                new Outcome.Stop(stopped.completedSteps(), stopped.phase(), bound));
    }

    /** Maximin over the known panels; the groups on none of them have chance 0 whatever the weights. */
    private static double[] weights(Groups groups, PanelColumns columns, RunControl control) {
        var master = new MasterLp(groups, control);
        try {
            columns.all().forEach(master::addPanel);
            boolean[] covered = columns.coveredGroups();
            for (int t = 0; t < covered.length; t++) {
                if (!covered[t]) {
                    master.fix(t, 0);
                }
            }
            return master.solve().map(MasterLp.Solution::panelWeights).orElseGet(() -> uniform(columns.size()));
        } finally {
            master.close();
        }
    }

    private static double[] uniform(int panels) {
        double[] weights = new double[panels];
        Arrays.fill(weights, 1.0 / panels);
        return weights;
    }
}
