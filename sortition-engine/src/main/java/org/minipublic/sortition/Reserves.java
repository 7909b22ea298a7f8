package org.minipublic.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;

/**
 * The ranked reserve list of a draw: everyone still eligible (not selected, not in a selected person's household), in
 * an order drawn by lot from the draw's seed. When a member drops out, the first reserve with the same value in every
 * category takes the seat and every target still holds; when no reserve matches, a {@link Replacement} draw chooses
 * replacements with the same fairness rule as the panel.
 */
public final class Reserves {

    /** Mixed into the seed, so that ranking the reserves leaves the panel draw as it was. */
    static final long STREAM = 0x9E3779B97F4A7C15L;

    private Reserves() {}

    /** The eligible respondents, best-ranked first. */
    public static List<Respondent> ranked(SelectionResult result) {
        return ranked(result.problem().pool(), result.panel(), result.problem().seed());
    }

    /** The eligible respondents of a draw with this panel and seed, best-ranked first (as {@code reserves.csv}). */
    public static List<Respondent> ranked(Pool pool, List<Respondent> panel, long seed) {
        List<Respondent> reserves = eligible(pool, panel);
        var random = Seeds.generator(seed ^ STREAM);
        for (int i = reserves.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var swap = reserves.get(i);
            reserves.set(i, reserves.get(j));
            reserves.set(j, swap);
        }
        return reserves;
    }

    /** The first reserve who matches the member leaving in every category, if any. */
    public static Optional<Respondent> firstMatch(List<Respondent> reserves, Respondent leaving) {
        return reserves.stream()
                .filter(r -> r.values().equals(leaving.values()))
                .findFirst();
    }

    /** Everyone not selected and not sharing a household with someone selected, in pool order. */
    public static List<Respondent> eligible(Pool pool, List<Respondent> panel) {
        Set<String> households = new HashSet<>();
        Set<Respondent> selected = new HashSet<>(panel);
        panel.forEach(p -> {
            if (p.household() != null) {
                households.add(p.household());
            }
        });
        List<Respondent> eligible = new ArrayList<>();
        for (var respondent : pool.respondents()) {
            if (!selected.contains(respondent)
                    && (respondent.household() == null || !households.contains(respondent.household()))) {
                eligible.add(respondent);
            }
        }
        return eligible;
    }
}
