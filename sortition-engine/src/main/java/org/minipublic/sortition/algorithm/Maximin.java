package org.minipublic.sortition.algorithm;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.MasterLp;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RunControl;

/**
 * MAXIMIN: a lottery whose smallest chance of selection is as large as possible, with no further care for the other
 * chances (the first stage of leximin).
 */
public final class Maximin implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        var columns = new PanelColumns(groups, new PanelSearch(instance, groups, random.nextLong(), control));
        try {
            boolean[] possible = columns.possibleGroups(random, instance, control);
            columns.spread(random, new LocalSearch(instance, groups, control), possible, control);
            return maximin(groups, columns, possible, control);
        } catch (RunControl.Stopped stopped) {
            return BestFound.lottery(instance, groups, columns, stopped, control);
        }
    }

    private static Outcome maximin(Groups groups, PanelColumns columns, boolean[] possible, RunControl control) {
        control.phase("raising the smallest chance over real panels (column generation)");
        var master = new MasterLp(groups, control);
        try {
            columns.all().forEach(master::addPanel);
            for (int t = 0; t < groups.count(); t++) {
                if (!possible[t]) {
                    master.fix(t, 0);
                }
            }
            var stage = FairnessStage.solve(groups, columns, master);
            control.progress(String.format(Locale.ROOT, "Smallest chance %.4f", stage.smallestChance()));
            var distribution = new Distribution(groups, columns.all(), stage.panelWeights()).withoutNegligible(1e-12);
            return new Outcome(
                    distribution, distribution.chances(), List.of(), columns.size(), columns.solverCalls(), 0);
        } finally {
            master.close();
        }
    }
}
