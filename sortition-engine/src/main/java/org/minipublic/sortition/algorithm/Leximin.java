package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.MasterLp;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RelaxedLeximin;
import org.minipublic.sortition.solver.RunControl;

/**
 * LEXIMIN (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 596, 2021): the lottery over valid panels that makes the
 * smallest chance of selection as large as possible, then the second smallest, and so on.
 *
 * <p>First try: compute leximin on the relaxed panel polytope with small linear programs and write it as a lottery
 * over real panels; when that works it is exact (nothing beats the relaxed optimum). It usually does, in seconds. If
 * some group can be on no real panel, the same is tried without those groups. Otherwise the stages run with column
 * generation as in the paper: each maximises the smallest chance among the groups not yet fixed and fixes the groups
 * that cannot do better.
 */
public final class Leximin implements SelectionAlgorithm {

    /**
     * Above this many groups exact leximin takes minutes to hours (45,752 groups: unfinished after 300 s) and
     * {@link BalancedLottery} stands in for it; the reference pools and the application's benchmark pool of 2,000 have
     * far fewer.
     */
    public static final int MOST_GROUPS = 10_000;

    private final int lotterySize;
    private final int mostGroups;

    /** Leximin for a lottery rounded to {@code lotterySize} equally likely panels. */
    public Leximin(int lotterySize) {
        this(lotterySize, MOST_GROUPS);
    }

    /** With another group count above which the balanced lottery stands in (tests use small pools). */
    Leximin(int lotterySize, int mostGroups) {
        this.lotterySize = lotterySize;
        this.mostGroups = mostGroups;
    }

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        if (groups.count() > mostGroups) {
            var balanced = BalancedLottery.run(instance, groups, lotterySize, random, control);
            if (balanced.isPresent()) {
                return balanced.get();
            }
            control.progress("Computing exact leximin instead, which on a pool this large takes a long time");
        }
        var search = new PanelSearch(instance, groups, random.nextLong(), control);
        // Panels met by failed attempts below are real panels: they start the column generation.
        var columns = new PanelColumns(groups, search);
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
        control.phase("computing leximin on the relaxed polytope");
        var chances = RelaxedLeximin.chances(instance, groups, all, control);
        var fast = chances.flatMap(c -> lottery(instance, groups, c, columns, control));
        if (fast.isPresent()) {
            return fast.get().outcome(0);
        }
        boolean[] possible = columns.possibleGroups(random, instance, control);
        // Leaving out the groups on no panel changes the relaxed optimum only if it gave one of them a chance.
        if (chances.isEmpty() || givesAChanceToAnyOutside(chances.get(), possible)) {
            control.phase("computing leximin on the relaxed polytope without the groups on no panel");
            var withoutImpossible = RelaxedLeximin.chances(instance, groups, possible, control)
                    .flatMap(c -> lottery(instance, groups, c, columns, control));
            if (withoutImpossible.isPresent()) {
                return withoutImpossible.get().outcome(columns.solverCalls());
            }
        }
        control.progress("The relaxed optimum needs panels that do not exist; computing stage by stage");
        columns.spread(random, new LocalSearch(instance, groups, control), possible, control);
        return staged(groups, columns, possible, control);
    }

    private static Optional<RelaxedLottery.Reached> lottery(
            Instance instance, Groups groups, double[] chances, PanelColumns columns, RunControl control) {
        var lottery = RelaxedLottery.of(instance, groups, chances, columns::add, control);
        lottery.ifPresent(l -> control.progress(
                "Wrote the lottery with " + l.distribution().panels().size() + " panels"));
        return lottery;
    }

    private static boolean givesAChanceToAnyOutside(double[] chances, boolean[] possible) {
        for (int t = 0; t < chances.length; t++) {
            if (!possible[t] && chances[t] > 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static Outcome staged(Groups groups, PanelColumns columns, boolean[] possible, RunControl control) {
        control.phase("computing leximin stage by stage over real panels (column generation)");
        var master = new MasterLp(groups, control);
        try {
            columns.all().forEach(master::addPanel);
            boolean[] fixed = new boolean[groups.count()];
            int unfixed = 0;
            for (int t = 0; t < groups.count(); t++) {
                if (possible[t]) {
                    unfixed++;
                } else {
                    fixed[t] = true;
                    master.fix(t, 0); // on no valid panel: chance 0 in every lottery
                }
            }
            MasterLp.Solution last = null;
            while (unfixed > 0) {
                last = FairnessStage.solve(groups, columns, master);
                // A hair below the optimum, so that later stages stay feasible despite rounding.
                double chance = Math.max(0, last.smallestChance() - 1e-9);
                // When the smallest chance left is certainty, every group left is certain: no stage can raise them.
                boolean certain = last.smallestChance() > 1 - 1e-7;
                for (int t = 0; t < fixed.length; t++) {
                    if (!fixed[t] && (certain || last.prices()[t] > FairnessStage.FIXING_THRESHOLD)) {
                        fixed[t] = true;
                        master.fix(t, chance);
                        unfixed--;
                    }
                }
                control.progress(String.format(
                        Locale.ROOT,
                        "Fixed %d of %d groups (chance %.4f, %d panels)",
                        groups.count() - unfixed,
                        groups.count(),
                        chance,
                        columns.size()));
            }
            double[] weights = last == null ? master.solve().orElseThrow().panelWeights() : last.panelWeights();
            var distribution = new Distribution(groups, columns.all(), weights).withoutNegligible(1e-12);
            return new Outcome(
                    distribution, distribution.chances(), List.of(), columns.size(), columns.solverCalls(), 0);
        } finally {
            master.close();
        }
    }
}
