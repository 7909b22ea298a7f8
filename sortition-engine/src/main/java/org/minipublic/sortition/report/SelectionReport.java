package org.minipublic.sortition.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.target.Targets;

/**
 * The summary of a draw.
 *
 * @param fairShare k/n, the chance everyone would have if all were equally likely (the mean chance)
 * @param neverSelected respondents who are on no valid panel (chance 0), grouped by their values
 * @param alwaysSelected respondents who are on every valid panel (chance 1), grouped by their values
 * @param pairs for each pair of categories, how many of the pool's combinations of their values the panel has
 */
public record SelectionReport(
        double fairShare,
        double smallestChance,
        double meanChance,
        double largestChance,
        List<ValueOutcome> values,
        List<ProfileGroup> neverSelected,
        List<ProfileGroup> alwaysSelected,
        List<PairCoverage> pairs) {

    /** Chances this close to 0 or 1 count as exactly 0 or 1 (the optimisation's precision). */
    static final double CERTAIN = 1e-6;

    public static SelectionReport of(
            Pool pool, Targets targets, int panelSize, double[] chances, List<Respondent> panel) {
        double smallest = 1;
        double largest = 0;
        double sum = 0;
        for (double chance : chances) {
            smallest = Math.min(smallest, chance);
            largest = Math.max(largest, chance);
            sum += chance;
        }
        return new SelectionReport(
                pool.size() == 0 ? 0 : (double) panelSize / pool.size(),
                smallest,
                chances.length == 0 ? 0 : sum / chances.length,
                largest,
                values(pool, targets, chances, panel),
                groups(pool, chances, false),
                groups(pool, chances, true),
                PairCoverage.of(
                        pool, targets.categories().stream().map(c -> c.name()).toList(), panel));
    }

    private static List<ValueOutcome> values(Pool pool, Targets targets, double[] chances, List<Respondent> panel) {
        List<ValueOutcome> outcomes = new ArrayList<>();
        for (int c = 0; c < targets.categories().size(); c++) {
            for (var target : targets.categories().get(c).targets()) {
                int inPool = 0;
                double expected = 0;
                for (int i = 0; i < pool.size(); i++) {
                    if (pool.get(i).values().get(c).equals(target.value())) {
                        inPool++;
                        expected += chances[i];
                    }
                }
                int category = c;
                int seats = (int) panel.stream()
                        .filter(p -> p.values().get(category).equals(target.value()))
                        .count();
                outcomes.add(new ValueOutcome(
                        target.category(), target.value(), inPool, target.min(), target.max(), expected, seats));
            }
        }
        return outcomes;
    }

    private static List<ProfileGroup> groups(Pool pool, double[] chances, boolean always) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            boolean matches = always ? chances[i] >= 1 - CERTAIN : chances[i] <= CERTAIN;
            if (matches) {
                counts.merge(pool.get(i).values(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ProfileGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** The smallest chance in units of the fair share k/n (1 when everyone has the same chance). */
    public double smallestInFairShares() {
        return fairShare == 0 ? 0 : smallestChance / fairShare;
    }

    /** The largest chance in units of the fair share k/n. */
    public double largestInFairShares() {
        return fairShare == 0 ? 0 : largestChance / fairShare;
    }

    public int neverSelectedCount() {
        return neverSelected.stream().mapToInt(ProfileGroup::respondents).sum();
    }

    public int alwaysSelectedCount() {
        return alwaysSelected.stream().mapToInt(ProfileGroup::respondents).sum();
    }
}
