package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.ProgressListener;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.model.TypeTable;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RelaxedNash;

/**
 * NASH: the lottery that maximises the product of everyone's chances (the sum of their logarithms), which balances
 * fairness to the least likely against overall equality (Flanigan et al. 2021 compare it with leximin). Computed on the
 * relaxed panel polytope and written as a lottery over real panels, which makes it exact; types that can be on no
 * panel are left out first when needed. When the relaxed optimum still needs panels that do not exist, it is computed
 * over real panels by column generation ({@link NashColumns}).
 */
public final class Nash implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, TypeTable types, RandomGenerator random, ProgressListener progress) {
        var search = new PanelSearch(instance, types, random.nextLong());
        var columns = new PanelColumns(types, search); // failed attempts' panels start the column generation
        boolean[] all = new boolean[types.count()];
        Arrays.fill(all, true);
        var lottery = relaxed(instance, types, all, columns);
        if (lottery.isPresent()) {
            progress.progress("Computed the Nash lottery");
            return lottery.get().outcome(search.solves());
        }
        boolean[] possible = columns.possibleTypes(random, instance);
        lottery = relaxed(instance, types, possible, columns);
        if (lottery.isPresent()) {
            progress.progress("Computed the Nash lottery");
            return lottery.get().outcome(search.solves());
        }
        progress.progress("The relaxed Nash lottery needs panels that do not exist; computing it panel by panel");
        columns.spread(random, new LocalSearch(instance, types), possible);
        return NashColumns.solve(types, search, columns, possible);
    }

    private static Optional<RelaxedLottery.Reached> relaxed(
            Instance instance, TypeTable types, boolean[] possible, PanelColumns columns) {
        return RelaxedNash.chances(instance, types, possible)
                .flatMap(c -> RelaxedLottery.of(instance, types, c, columns::add));
    }
}
