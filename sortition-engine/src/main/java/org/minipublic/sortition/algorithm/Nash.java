package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RelaxedNash;
import org.minipublic.sortition.solver.RunControl;

/**
 * NASH: the lottery that maximises the product of everyone's chances (the sum of their logarithms), which balances
 * fairness to the least likely against overall equality (Flanigan et al. 2021 compare it with leximin). Computed on the
 * relaxed panel polytope and written as a lottery over real panels, which makes it exact; groups that can be on no
 * panel are left out first when needed. When the relaxed optimum still needs panels that do not exist, it is computed
 * over real panels by column generation ({@link NashColumns}). Stopped by the time limit, it returns the fairest
 * (maximin) lottery over the panels found.
 */
public final class Nash implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        // failed attempts' panels start the column generation
        var columns = new PanelColumns(groups, new PanelSearch(instance, groups, random.nextLong(), control));
        try {
            return exact(instance, groups, random, columns, control);
        } catch (RunControl.Stopped stopped) {
            return BestFound.lottery(instance, groups, columns, stopped, control);
        }
    }

    private static Outcome exact(
            Instance instance, Groups groups, RandomGenerator random, PanelColumns columns, RunControl control) {
        boolean[] all = new boolean[groups.count()];
        Arrays.fill(all, true);
        var lottery = relaxed(instance, groups, all, columns, control);
        if (lottery.isPresent()) {
            control.progress("Computed the Nash lottery");
            return lottery.get().outcome(columns.solverCalls());
        }
        boolean[] possible = columns.possibleGroups(random, instance, control);
        lottery = relaxed(instance, groups, possible, columns, control);
        if (lottery.isPresent()) {
            control.progress("Computed the Nash lottery");
            return lottery.get().outcome(columns.solverCalls());
        }
        control.progress("The relaxed Nash lottery needs panels that do not exist; computing it panel by panel");
        columns.spread(random, new LocalSearch(instance, groups, control), possible, control);
        return NashColumns.solve(groups, columns, possible, control);
    }

    private static Optional<RelaxedLottery.Reached> relaxed(
            Instance instance, Groups groups, boolean[] possible, PanelColumns columns, RunControl control) {
        control.phase("computing the Nash lottery on the relaxed polytope");
        return RelaxedNash.chances(instance, groups, possible, control)
                .flatMap(c -> RelaxedLottery.of(instance, groups, c, columns::add, control));
    }
}
