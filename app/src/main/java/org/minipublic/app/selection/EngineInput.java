package org.minipublic.app.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.minipublic.app.recruitment.PoolMember;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/**
 * The pool and targets as the sortition engine reads them. Respondents are ordered by id, so the same pool gives the
 * same input (and input digest) whatever order people registered in; anyone lacking a value the targets need (someone
 * too young for every age band) is left out and counted, as the engine needs a value in every category.
 *
 * <p>Households reach the engine as labels ({@code h1}, {@code h2}, … in pool order) that mean something only within
 * this input: the draw record and the verification files keep them, and a real household id there would lead from a
 * respondent id to an address on the address list even after the respondent is erased. The mapping is never stored.
 *
 * @param respondents the app's id of each respondent, in the engine's pool order
 */
record EngineInput(Pool pool, Targets targets, List<RespondentId> respondents, int leftOut) {

    static EngineInput of(List<PoolMember> members, TargetSet set) {
        var categories = new ArrayList<Category>();
        set.byCategory()
                .forEach((name, list) -> categories.add(new Category(
                        name,
                        list.stream()
                                .map(t -> Target.fixed(t.category(), t.value(), t.min(), t.max()))
                                .toList())));
        var targets = new Targets(categories);
        var sorted = members.stream()
                .sorted(Comparator.comparing(m -> m.id().value().toString()))
                .toList();
        var respondents = new ArrayList<Respondent>();
        var ids = new ArrayList<RespondentId>();
        var households = new java.util.HashMap<org.minipublic.app.recruitment.HouseholdId, String>();
        int leftOut = 0;
        for (var member : sorted) {
            var values = valuesOf(member.values(), set.byCategory());
            if (values == null) {
                leftOut++;
                continue;
            }
            ids.add(member.id());
            respondents.add(new Respondent(
                    new org.minipublic.sortition.pool.RespondentId(member.id().toString()),
                    values,
                    households.computeIfAbsent(member.household(), h -> "h" + (households.size() + 1)),
                    respondents.size() + 1,
                    List.of()));
        }
        return new EngineInput(new Pool(respondents, List.of()), targets, ids, leftOut);
    }

    /** The member's value in each category of the targets, or {@code null} when one is missing or has no target. */
    private static @org.jspecify.annotations.Nullable List<String> valuesOf(
            Map<String, String> values, Map<String, List<org.minipublic.app.selection.Target>> byCategory) {
        var ordered = new ArrayList<String>();
        for (var entry : byCategory.entrySet()) {
            String value = values.get(entry.getKey());
            if (value == null
                    || entry.getValue().stream().noneMatch(t -> t.value().equals(value))) {
                return null;
            }
            ordered.add(value);
        }
        return ordered;
    }
}
