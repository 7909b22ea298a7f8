package org.minipublic.sortition.feasibility;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.sortition.algorithm.BalancedPanels;
import org.minipublic.sortition.algorithm.Leximin;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.solver.Bound;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.solver.TargetConflicts;
import org.minipublic.sortition.solver.TargetRelaxation;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Targets;

/**
 * Checks, before any lottery, that a panel meeting every target exists; when none does, says which targets conflict
 * and suggests the smallest change within the allowed flexibility.
 */
public final class FeasibilityCheck {

    private FeasibilityCheck() {}

    public static Feasibility check(Pool pool, Targets targets, int panelSize) {
        return check(pool, targets, panelSize, RunControl.unlimited());
    }

    /** @throws RunControl.Stopped when the control's time limit or an interruption stops the check */
    public static Feasibility check(Pool pool, Targets targets, int panelSize, RunControl control) {
        control.phase("checking that the targets can be met");
        List<String> problems = simpleProblems(pool, targets, panelSize);
        var instance = Instance.of(pool, targets, panelSize);
        var groups = Groups.of(instance);
        if (problems.isEmpty()
                && ((groups.count() > Leximin.MOST_GROUPS && hasWitness(instance, groups, control))
                        || TargetConflicts.feasible(instance, groups, control))) {
            return Feasibility.ok();
        }
        control.phase("finding which targets conflict and the smallest change that resolves it");
        var conflicts = TargetConflicts.minimalConflict(instance, groups, control).stream()
                .map(bound -> conflict(targets, instance, bound))
                .toList();
        if (problems.isEmpty()) {
            problems.add("These targets cannot all be met together in a panel of " + panelSize
                    + (pool.households().isEmpty() ? "" : " with at most one person per household") + ": "
                    + String.join(
                            "; ",
                            conflicts.stream().map(TargetConflict::describe).toList()) + ".");
        }
        var relaxation =
                TargetRelaxation.smallest(instance, groups, flex(targets, true), flex(targets, false), control);
        List<TargetChange> changes =
                relaxation.map(r -> changes(targets, instance, r)).orElse(List.of());
        if (relaxation.isEmpty()) {
            problems.add("No change within the allowed flexibility (min_flex, max_flex) makes the targets possible.");
        } else {
            problems.add(TargetChange.suggestion(changes));
        }
        return new Feasibility(false, problems, conflicts, changes, relaxation.isPresent());
    }

    /**
     * On pools of more groups than exact leximin reaches, a valid panel built without a solver proves the targets
     * possible: on a pool of 50,000 the exact check takes more than half a minute, a linear program and the panel
     * about 2 s. When it finds none, the exact check decides. Smaller pools go straight to the exact check, as they
     * always did, so their draws (and the steps a time-limited one records) stay as published.
     */
    private static boolean hasWitness(Instance instance, Groups groups, RunControl control) {
        return BalancedPanels.of(instance, groups, control)
                .flatMap(panels -> panels.next(Seeds.generator(0), control))
                .isPresent();
    }

    /** Problems that need no solver, named the way organisers think about them. */
    private static List<String> simpleProblems(Pool pool, Targets targets, int panelSize) {
        List<String> problems = new ArrayList<>();
        if (panelSize > pool.size()) {
            problems.add("The panel needs " + panelSize + " people but the pool has only " + pool.size() + ".");
        }
        for (int c = 0; c < targets.categories().size(); c++) {
            var category = targets.categories().get(c);
            if (category.minSum() > panelSize) {
                problems.add("The minimums of " + category.name() + " add up to " + category.minSum()
                        + ", more than the " + panelSize + " seats of the panel.");
            }
            if (category.maxSum() < panelSize) {
                problems.add("The maximums of " + category.name() + " add up to " + category.maxSum()
                        + ", fewer than the " + panelSize + " seats of the panel.");
            }
            for (var target : category.targets()) {
                int available = countWith(pool, c, category, target.value());
                if (available < target.min()) {
                    problems.add("Only " + available + " respondents have " + category.name() + " " + target.value()
                            + ", fewer than its minimum of " + target.min() + ".");
                }
            }
        }
        return problems;
    }

    private static int countWith(Pool pool, int categoryIndex, Category category, String value) {
        int count = 0;
        for (var respondent : pool.respondents()) {
            if (category.indexOf(respondent.values().get(categoryIndex))
                    .map(i -> category.targets().get(i).value())
                    .orElse("")
                    .equals(value)) {
                count++;
            }
        }
        return count;
    }

    private static TargetConflict conflict(Targets targets, Instance instance, Bound bound) {
        var target = targets.categories().get(bound.category()).targets().get(bound.value());
        return new TargetConflict(
                target.category(),
                target.value(),
                bound.minimum() ? "min" : "max",
                bound.minimum()
                        ? instance.min()[bound.category()][bound.value()]
                        : instance.max()[bound.category()][bound.value()]);
    }

    private static int[][] flex(Targets targets, boolean minimum) {
        return targets.categories().stream()
                .map(c -> c.targets().stream()
                        .mapToInt(t -> minimum ? t.minFlex() : t.maxFlex())
                        .toArray())
                .toArray(int[][]::new);
    }

    private static List<TargetChange> changes(Targets targets, Instance instance, int[][][] relaxed) {
        List<TargetChange> changes = new ArrayList<>();
        for (int c = 0; c < relaxed.length; c++) {
            for (int v = 0; v < relaxed[c].length; v++) {
                var target = targets.categories().get(c).targets().get(v);
                if (relaxed[c][v][0] != instance.min()[c][v]) {
                    changes.add(
                            new TargetChange(target.category(), target.value(), "min", target.min(), relaxed[c][v][0]));
                }
                if (relaxed[c][v][1] != instance.max()[c][v]) {
                    changes.add(
                            new TargetChange(target.category(), target.value(), "max", target.max(), relaxed[c][v][1]));
                }
            }
        }
        return changes;
    }
}
