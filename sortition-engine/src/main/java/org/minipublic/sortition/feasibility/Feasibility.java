package org.minipublic.sortition.feasibility;

import java.util.List;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/**
 * Whether the targets can be met, and if not, why and what to change.
 *
 * @param problems each problem in plain words, ready to show an organiser
 * @param conflicts a smallest set of bounds that cannot hold together (empty when feasible)
 * @param relaxation the smallest allowed change after which the targets can be met; empty when feasible or when
 *     even the allowed flexibility (min_flex, max_flex) is not enough. Its changes work only together: without any
 *     one of them the targets still cannot be met
 * @param relaxationPossible false when no change within the allowed flexibility helps
 */
public record Feasibility(
        boolean feasible,
        List<String> problems,
        List<TargetConflict> conflicts,
        List<TargetChange> relaxation,
        boolean relaxationPossible) {

    public Feasibility {
        problems = List.copyOf(problems);
        conflicts = List.copyOf(conflicts);
        relaxation = List.copyOf(relaxation);
    }

    public static Feasibility ok() {
        return new Feasibility(true, List.of(), List.of(), List.of(), true);
    }

    /** The targets with the suggested relaxation applied. */
    public Targets relaxed(Targets targets) {
        Targets result = targets;
        for (var change : relaxation) {
            var category = result.category(change.category()).orElseThrow();
            var target = category.targets().get(category.indexOf(change.value()).orElseThrow());
            result = result.with(
                    change.bound().equals("min")
                            ? new Target(
                                    target.category(),
                                    target.value(),
                                    change.to(),
                                    target.max(),
                                    Math.min(target.minFlex(), change.to()),
                                    target.maxFlex())
                            : new Target(
                                    target.category(),
                                    target.value(),
                                    target.min(),
                                    change.to(),
                                    target.minFlex(),
                                    Math.max(target.maxFlex(), change.to())));
        }
        return result;
    }
}
