package org.minipublic.sortition.algorithm;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.ProgressListener;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.MasterLp;
import org.minipublic.sortition.solver.PanelSearch;

/**
 * MAXIMIN: a lottery whose smallest chance of selection is as large as possible, with no further care for the other
 * chances (the first stage of leximin).
 */
public final class Maximin implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, ProgressListener progress) {
        var search = new PanelSearch(instance, groups, random.nextLong());
        var columns = new PanelColumns(groups, search);
        boolean[] possible = columns.possibleGroups(random, instance);
        columns.spread(random, new LocalSearch(instance, groups), possible);
        var master = new MasterLp(groups);
        try {
            columns.all().forEach(master::addPanel);
            for (int t = 0; t < groups.count(); t++) {
                if (!possible[t]) {
                    master.fix(t, 0);
                }
            }
            var stage = FairnessStage.solve(groups, search, columns, master);
            progress.progress(String.format(Locale.ROOT, "Smallest chance %.4f", stage.smallestChance()));
            var distribution = new Distribution(groups, columns.all(), stage.panelWeights()).withoutNegligible(1e-12);
            return new Outcome(distribution, distribution.chances(), List.of(), columns.size(), search.solves(), 0);
        } finally {
            master.close();
        }
    }
}
