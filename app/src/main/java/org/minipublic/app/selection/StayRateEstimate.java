package org.minipublic.app.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minipublic.sortition.StayRates;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Targets;

/**
 * Each value's chance of staying on the panel, estimated from the withdrawals recorded on it so far, for choosing
 * alternates. It assumes that members go on leaving as they have so far.
 *
 * <p>With fewer than {@value #MIN_WITHDRAWALS} withdrawals, one chance for everyone: the share of members who stayed.
 * From then on, the category whose values' shares differ most (per value beyond the first, so that a category with
 * many values is not favoured for having them), and only that one: the engine multiplies the rates of a member's
 * values, so giving every category the panel's dropout share would count the same dropouts once per category. A value
 * held by few members is pulled towards the panel's share, as if {@value #PRIOR_MEMBERS} more members with it had
 * stayed at that share: one dropout among three people says little. Even so, with a few withdrawals the category
 * chosen may reflect chance.
 *
 * @param category the category whose values' rates are used; empty for one chance for everyone
 * @param members the panel's members, those who withdrew included
 * @param withdrawn how many of them withdrew
 * @param rows per value of the category, in the targets' order; empty for one chance for everyone
 */
public record StayRateEstimate(String category, int members, int withdrawn, List<Row> rows) {

    static final int PRIOR_MEMBERS = 5;
    static final int MIN_WITHDRAWALS = 5;

    /**
     * @param members panel members who had the value
     * @param stayed of them, those who did not withdraw
     * @param rate the estimated chance of staying
     */
    public record Row(String value, int members, int stayed, double rate) {}

    public StayRateEstimate {
        rows = List.copyOf(rows);
    }

    /** Whether everyone has the same chance of staying, as there are too few withdrawals to tell groups apart. */
    public boolean uniform() {
        return category.isEmpty();
    }

    /** The share of members who stayed. */
    public double overall() {
        return members == 0 ? 1 : (members - withdrawn) / (double) members;
    }

    /**
     * @param panel everyone chosen for the panel (by the first draw or a replacement draw), those who withdrew included
     * @return empty when nobody has withdrawn, as there is then nothing to estimate from
     */
    static Optional<StayRateEstimate> of(Targets targets, List<Respondent> panel, Set<RespondentId> withdrew) {
        int dropped =
                (int) panel.stream().filter(m -> withdrew.contains(m.id())).count();
        if (dropped == 0) {
            return Optional.empty();
        }
        var uniform = new StayRateEstimate("", panel.size(), dropped, List.of());
        if (dropped < MIN_WITHDRAWALS) {
            return Optional.of(uniform);
        }
        double overall = uniform.overall();
        StayRateEstimate best = uniform;
        double bestSpread = 0;
        for (int c = 0; c < targets.categories().size(); c++) {
            var category = targets.categories().get(c);
            var rows = new ArrayList<Row>();
            double spread = 0;
            int held = 0;
            for (String value : category.valueNames()) {
                int index = c;
                var with = panel.stream()
                        .filter(m -> m.values().get(index).equals(value))
                        .toList();
                int stayed = (int)
                        with.stream().filter(m -> !withdrew.contains(m.id())).count();
                double rate = (stayed + PRIOR_MEMBERS * overall) / (with.size() + PRIOR_MEMBERS);
                spread += with.size() * (rate - overall) * (rate - overall);
                held += with.isEmpty() ? 0 : 1;
                rows.add(new Row(value, with.size(), stayed, rate));
            }
            spread /= Math.max(1, held - 1);
            if (spread > bestSpread + 1e-12) { // ties go to the earlier category
                bestSpread = spread;
                best = new StayRateEstimate(category.name(), panel.size(), dropped, rows);
            }
        }
        return Optional.of(best);
    }

    /** The rates as the engine reads them: this category's values only, the others counting as 1. */
    StayRates rates(Targets targets) {
        Map<String, Double> byValue = new LinkedHashMap<>();
        if (uniform()) {
            var first = targets.categories().get(0);
            first.valueNames().forEach(value -> byValue.put(value, overall()));
            return new StayRates(Map.of(first.name(), byValue));
        }
        rows.forEach(row -> byValue.put(row.value(), row.rate()));
        return new StayRates(Map.of(category, byValue));
    }
}
