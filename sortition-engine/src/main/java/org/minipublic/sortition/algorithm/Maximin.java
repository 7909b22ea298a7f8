package org.minipublic.sortition.algorithm;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.ProgressListener;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.model.TypeTable;
import org.minipublic.sortition.solver.MasterLp;
import org.minipublic.sortition.solver.PanelSearch;

/**
 * MAXIMIN: a lottery whose smallest chance of selection is as large as possible, with no further care for the other
 * chances (the first stage of leximin).
 */
public final class Maximin implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, TypeTable types, RandomGenerator random, ProgressListener progress) {
        var search = new PanelSearch(instance, types, random.nextLong());
        var columns = new PanelColumns(types, search);
        boolean[] possible = columns.possibleTypes(random, instance);
        columns.spread(random, new LocalSearch(instance, types), possible);
        var master = new MasterLp(types);
        try {
            columns.all().forEach(master::addPanel);
            for (int t = 0; t < types.count(); t++) {
                if (!possible[t]) {
                    master.fix(t, 0);
                }
            }
            var stage = FairnessStage.solve(types, search, columns, master);
            progress.progress(String.format(Locale.ROOT, "Smallest chance %.4f", stage.smallestChance()));
            var distribution = new Distribution(types, columns.all(), stage.panelWeights()).withoutNegligible(1e-12);
            return new Outcome(distribution, distribution.chances(), List.of(), columns.size(), search.solves(), 0);
        } finally {
            master.close();
        }
    }
}
