package org.minipublic.sortition.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.support.Pools;
import org.minipublic.sortition.support.RandomInstances;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/** Targets that cannot be met are named, and the suggested relaxation makes them possible. */
class FeasibilityCheckTests {

    private static final Targets GENDER_AND_AGE = new Targets(List.of(
            new Category(
                    "gender",
                    List.of(new Target("gender", "female", 2, 3, 1, 3), new Target("gender", "male", 2, 3, 1, 3))),
            new Category(
                    "age", List.of(new Target("age", "young", 2, 2, 0, 4), new Target("age", "old", 2, 2, 0, 4)))));

    @Test
    void acceptsTargetsThatAPanelMeets() {
        var pool = Pools.of("a:female,young", "b:male,young", "c:female,old", "d:male,old", "e:female,old");
        assertThat(FeasibilityCheck.check(pool, GENDER_AND_AGE, 4).feasible()).isTrue();
    }

    @Test
    void namesTheTargetsThatConflictAndSuggestsTheSmallestChange() {
        // Both young respondents are women: "at least 2 young" and "at least 3 men" need 5 seats of 4.
        var targets = new Targets(List.of(
                new Category(
                        "gender",
                        List.of(new Target("gender", "female", 1, 2, 0, 4), new Target("gender", "male", 3, 3, 0, 4))),
                new Category(
                        "age", List.of(new Target("age", "young", 2, 2, 0, 4), new Target("age", "old", 2, 2, 0, 4)))));
        var pool =
                Pools.of("a:female,young", "b:female,young", "c:male,old", "d:male,old", "e:male,old", "f:female,old");
        var result = FeasibilityCheck.check(pool, targets, 4);

        assertThat(result.feasible()).isFalse();
        // Two smallest conflicts exist: with "at least 2 young" (both women) or with "at most 2 old" (all men are old).
        assertThat(result.conflicts())
                .extracting(TargetConflict::describe)
                .hasSize(2)
                .contains("at least 3 gender male")
                .containsAnyOf("at least 2 age young", "at most 2 age old");
        assertThat(result.problems().get(0))
                .startsWith("These targets cannot all be met together in a panel of 4: at least 3 gender male; ");
        assertThat(result.relaxation())
                .extracting(TargetChange::describe)
                .containsExactly("Lower the minimum for gender male from 3 to 2.");
        assertThat(result.problems()).contains("Suggestion: Lower the minimum for gender male from 3 to 2.");
        assertThat(FeasibilityCheck.check(pool, result.relaxed(targets), 4).feasible())
                .isTrue();
    }

    @Test
    void saysSoWhenAValueHasFewerRespondentsThanItsMinimum() {
        var pool = Pools.of("a:female,young", "b:male,old", "c:female,old", "d:male,old", "e:female,old");
        var result = FeasibilityCheck.check(pool, GENDER_AND_AGE, 4);
        assertThat(result.feasible()).isFalse();
        assertThat(result.problems()).contains("Only 1 respondents have age young, fewer than its minimum of 2.");
        assertThat(result.relaxation())
                .extracting(TargetChange::describe)
                .containsExactly(
                        "Lower the minimum for age young from 2 to 1.", "Raise the maximum for age old from 2 to 3.");
        assertThat(FeasibilityCheck.check(pool, result.relaxed(GENDER_AND_AGE), 4)
                        .feasible())
                .isTrue();
    }

    @Test
    void saysWhenTheSuggestedChangesWorkOnlyTogether() {
        var pool = Pools.of("a:female,young", "b:male,old", "c:female,old", "d:male,old", "e:female,old");
        var result = FeasibilityCheck.check(pool, GENDER_AND_AGE, 4);

        assertThat(result.problems())
                .contains("Suggestion, both changes together (either one alone is not enough): Lower the minimum for"
                        + " age young from 2 to 1. Raise the maximum for age old from 2 to 3.");
        assertThat(result.problems()).noneMatch(p -> p.startsWith("Suggestion: "));
        assertLeavingOutAnyChangeIsNotEnough(pool, GENDER_AND_AGE, 4, result);
    }

    @Test
    void saysSoWhenNoAllowedChangeHelps() {
        var rigid = new Targets(List.of(new Category(
                "gender", List.of(Target.fixed("gender", "female", 3, 3), Target.fixed("gender", "male", 1, 1)))));
        var pool = Pools.of("a:female", "b:male", "c:male", "d:male");
        var result = FeasibilityCheck.check(pool, rigid, 4);
        assertThat(result.feasible()).isFalse();
        assertThat(result.relaxationPossible()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.contains("No change within the allowed flexibility"));
    }

    @Test
    void anySuggestedRelaxationOfRandomTightTargetsIsFeasible() {
        qt().withExamples(25)
                .withFixedSeed(99L)
                .forAll(longs().all(), integers().between(10, 40), integers().between(3, 8))
                .checkAssert((seed, poolSize, panelSize) -> {
                    var problem = RandomInstances.generate(seed, poolSize, panelSize, 3, true);
                    var tightened = tighten(problem.targets());
                    var result = FeasibilityCheck.check(problem.pool(), tightened, panelSize);
                    if (!result.feasible() && result.relaxationPossible()) {
                        assertThat(result.conflicts()).isNotEmpty();
                        assertThat(FeasibilityCheck.check(problem.pool(), result.relaxed(tightened), panelSize)
                                        .feasible())
                                .isTrue();
                        assertLeavingOutAnyChangeIsNotEnough(problem.pool(), tightened, panelSize, result);
                    }
                });
    }

    /** What the suggestion says when it has several changes: without any one of them, the targets still fail. */
    private static void assertLeavingOutAnyChangeIsNotEnough(
            Pool pool, Targets targets, int panelSize, Feasibility result) {
        var changes = result.relaxation();
        for (var left : changes) {
            var others = changes.stream().filter(c -> c != left).toList();
            var partly = new Feasibility(false, List.of(), List.of(), others, true).relaxed(targets);
            assertThat(FeasibilityCheck.check(pool, partly, panelSize).feasible())
                    .as("without: " + left.describe())
                    .isFalse();
        }
    }

    /** Raises every minimum to its maximum, which usually makes the targets conflict. */
    private static Targets tighten(Targets targets) {
        List<Category> categories = new ArrayList<>();
        for (var category : targets.categories()) {
            categories.add(new Category(
                    category.name(),
                    category.targets().stream()
                            .map(t -> new Target(t.category(), t.value(), t.max(), t.max(), 0, t.maxFlex()))
                            .toList()));
        }
        return new Targets(categories);
    }
}
