package org.minipublic.app.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipublic.app.recruitment.Category;

/**
 * What makes a set of targets usable before any lottery runs: every value of every category has a target, and in
 * each category the minimums leave room and the maximums fill the panel.
 */
final class TargetRules {

    private TargetRules() {}

    static List<TargetProblem> check(
            int panelSize, List<Target> targets, List<Category> categories, Map<String, Set<String>> areaValues) {
        var problems = new ArrayList<TargetProblem>();
        if (panelSize < 1) {
            problems.add(TargetProblem.of("selection.targets.panel-size"));
            return problems;
        }
        for (var category : categories) {
            var values = category.kind() == Category.Kind.AREA
                    ? areaValues.getOrDefault(category.name(), Set.of())
                    : Set.copyOf(category.values());
            var own = targets.stream()
                    .filter(t -> t.category().equals(category.name()))
                    .toList();
            for (String value : values) {
                if (own.stream().noneMatch(t -> t.value().equals(value))) {
                    problems.add(TargetProblem.of("selection.targets.missing", category.name(), value));
                }
            }
            int mins = own.stream().mapToInt(Target::min).sum();
            int maxes = own.stream().mapToInt(Target::max).sum();
            if (mins > panelSize) {
                problems.add(TargetProblem.of("selection.targets.mins-too-high", category.name(), mins, panelSize));
            }
            if (!own.isEmpty() && maxes < panelSize) {
                problems.add(TargetProblem.of("selection.targets.maxes-too-low", category.name(), maxes, panelSize));
            }
        }
        return problems;
    }
}
