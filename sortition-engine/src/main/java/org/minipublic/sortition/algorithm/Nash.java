package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.ProgressListener;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RelaxedNash;

/**
 * NASH: the lottery that maximises the product of everyone's chances (the sum of their logarithms), which balances
 * fairness to the least likely against overall equality (Flanigan et al. 2021 compare it with leximin). Computed on the
 * relaxed panel polytope and written as a lottery over real panels, which makes it exact; groups that can be on no
 * panel are left out first when needed. When the relaxed optimum still needs panels that do not exist, it is computed
 * over real panels by column generation ({@link NashColumns}).
 */
public final class Nash implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, ProgressListener progress) {
        var search = new PanelSearch(instance, groups, random.nextLong());
        var columns = new PanelColumns(groups, search); // failed attempts' panels start the column generation
        boolean[] all = new boolean[groups.count()];
        Arrays.fill(all, true);
        var lottery = relaxed(instance, groups, all, columns);
        if (lottery.isPresent()) {
            progress.progress("Computed the Nash lottery");
            return lottery.get().outcome(search.solves());
        }
        boolean[] possible = columns.possibleGroups(random, instance);
        lottery = relaxed(instance, groups, possible, columns);
        if (lottery.isPresent()) {
            progress.progress("Computed the Nash lottery");
            return lottery.get().outcome(search.solves());
        }
        progress.progress("The relaxed Nash lottery needs panels that do not exist; computing it panel by panel");
        columns.spread(random, new LocalSearch(instance, groups), possible);
        return NashColumns.solve(groups, search, columns, possible);
    }

    private static Optional<RelaxedLottery.Reached> relaxed(
            Instance instance, Groups groups, boolean[] possible, PanelColumns columns) {
        return RelaxedNash.chances(instance, groups, possible)
                .flatMap(c -> RelaxedLottery.of(instance, groups, c, columns::add));
    }
}
