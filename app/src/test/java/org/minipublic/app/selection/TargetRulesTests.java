package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.CategoryId;

class TargetRulesTests {

    static final Category GENDER =
            new Category(CategoryId.random(), "Gender", Category.Kind.ASKED, List.of("Woman", "Man"), List.of());
    static final Category AREA = new Category(CategoryId.random(), "Area", Category.Kind.AREA, List.of(), List.of());

    static final Map<String, Set<String>> AREAS = Map.of("Area", Set.of("North", "South"));

    @Test
    void targetsCoveringEveryValueThatCanFillThePanelHaveNoProblems() {
        var targets = List.of(
                new Target("Gender", "Woman", 4, 6, null),
                new Target("Gender", "Man", 4, 6, null),
                new Target("Area", "North", 5, 5, 50.0),
                new Target("Area", "South", 5, 5, 50.0));

        assertThat(TargetRules.check(10, targets, List.of(GENDER, AREA), AREAS)).isEmpty();
    }

    @Test
    void everyValueOfEveryCategoryNeedsATargetAreasIncluded() {
        var targets = List.of(new Target("Gender", "Woman", 4, 10, null), new Target("Area", "North", 0, 10, null));

        assertThat(TargetRules.check(10, targets, List.of(GENDER, AREA), AREAS))
                .containsExactlyInAnyOrder(
                        TargetProblem.of("selection.targets.missing", "Gender", "Man"),
                        TargetProblem.of("selection.targets.missing", "Area", "South"));
    }

    @Test
    void minimumsAboveThePanelAndMaximumsBelowItAreNamedWithTheirSums() {
        var targets = List.of(
                new Target("Gender", "Woman", 6, 6, null),
                new Target("Gender", "Man", 6, 6, null),
                new Target("Area", "North", 1, 2, null),
                new Target("Area", "South", 1, 2, null));

        assertThat(TargetRules.check(10, targets, List.of(GENDER, AREA), AREAS))
                .containsExactly(
                        TargetProblem.of("selection.targets.mins-too-high", "Gender", 12, 10),
                        TargetProblem.of("selection.targets.maxes-too-low", "Area", 4, 10));
    }

    @Test
    void aPanelOfNobodyIsAProblemOnItsOwn() {
        assertThat(TargetRules.check(0, List.of(), List.of(GENDER), AREAS))
                .containsExactly(TargetProblem.of("selection.targets.panel-size"));
    }
}
