package org.minipublic.sortition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/**
 * Replacing members who dropped out: the confirmed members keep their seats, and as many replacements as dropouts are
 * drawn, with the same fairness rule, from the respondents who are neither selected nor dropped out nor in a household
 * with a confirmed member, against the targets minus the seats the confirmed members already fill.
 */
public final class Replacement {

    private Replacement() {}

    /**
     * The problem of drawing replacements.
     *
     * @param original the problem of the original draw (its pool, targets, algorithm and lottery settings)
     * @param seed the seed of the replacement draw (a new one: a replacement is a new lottery)
     */
    public static SelectionProblem problem(
            SelectionProblem original, Set<RespondentId> confirmed, Set<RespondentId> droppedOut, long seed) {
        var pool = original.pool();
        List<Respondent> members = pool.respondents().stream()
                .filter(c -> confirmed.contains(c.id()))
                .toList();
        unknown(pool, confirmed, "confirmed member");
        unknown(pool, droppedOut, "dropout");
        Set<RespondentId> excluded = new HashSet<>(confirmed);
        excluded.addAll(droppedOut);
        var households = new HashSet<String>();
        members.forEach(m -> {
            if (m.household() != null) {
                households.add(m.household());
            }
        });
        pool.respondents().stream()
                .filter(c -> c.household() != null && households.contains(c.household()))
                .forEach(c -> excluded.add(c.id()));
        return new SelectionProblem(
                pool.without(excluded),
                remaining(original.targets(), members),
                droppedOut.size(),
                original.algorithm(),
                seed,
                original.lotterySize(),
                null,
                original.legacyRuns(),
                original.gamma(),
                original.equalWithin());
    }

    private static void unknown(Pool pool, Set<RespondentId> ids, String what) {
        var known = new HashSet<RespondentId>();
        pool.respondents().forEach(c -> known.add(c.id()));
        for (var id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("the " + what + " " + id + " is not in the pool");
            }
        }
    }

    /** The targets left for the replacements once the confirmed members' seats are counted. */
    static Targets remaining(Targets targets, List<Respondent> members) {
        List<Category> categories = new java.util.ArrayList<>();
        for (int c = 0; c < targets.categories().size(); c++) {
            var category = targets.categories().get(c);
            List<Target> left = new java.util.ArrayList<>();
            for (var target : category.targets()) {
                int index = c;
                int taken = (int) members.stream()
                        .filter(m -> m.values().get(index).equals(target.value()))
                        .count();
                if (taken > target.max()) {
                    throw new IllegalArgumentException("the confirmed members already have " + taken + " seats for "
                            + target.label() + ", more than its maximum of " + target.max());
                }
                int min = Math.max(0, target.min() - taken);
                int max = target.max() - taken;
                left.add(new Target(
                        target.category(),
                        target.value(),
                        min,
                        max,
                        Math.min(min, Math.max(0, target.minFlex() - taken)),
                        Math.max(max, target.maxFlex() - taken)));
            }
            categories.add(new Category(category.name(), left));
        }
        return new Targets(categories);
    }
}
