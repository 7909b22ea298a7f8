package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

class StayRateEstimateTests {

    private static final Targets TARGETS = new Targets(List.of(
            new Category(
                    "Gender", List.of(Target.fixed("Gender", "Woman", 0, 10), Target.fixed("Gender", "Man", 0, 10))),
            new Category(
                    "Age",
                    List.of(
                            Target.fixed("Age", "16-29", 0, 10),
                            Target.fixed("Age", "30-59", 0, 10),
                            Target.fixed("Age", "60+", 0, 10)))));

    @Test
    void theCategoryWhoseValuesDifferMostIsUsedAndSmallGroupsArePulledTowardsTheOverallShare() {
        // ten members: four young (two withdrew), three middle-aged, three older; genders alternate
        var panel = new ArrayList<Respondent>();
        String[] ages = {"16-29", "16-29", "16-29", "16-29", "30-59", "30-59", "30-59", "60+", "60+", "60+"};
        for (int i = 0; i < ages.length; i++) {
            panel.add(person(i, i % 2 == 0 ? "Woman" : "Man", ages[i]));
        }
        var withdrew = Set.of(panel.get(0).id(), panel.get(1).id());

        var estimate = StayRateEstimate.of(TARGETS, panel, withdrew).orElseThrow();

        assertThat(estimate.category()).isEqualTo("Age");
        assertThat(estimate.members()).isEqualTo(10);
        assertThat(estimate.withdrawn()).isEqualTo(2);
        // overall 8 of 10 stayed; young: (2 + 5 × 0.8) / (4 + 5) = 6/9; middle: (3 + 4) / 8; older the same
        assertThat(estimate.rows())
                .extracting(StayRateEstimate.Row::value, StayRateEstimate.Row::members, StayRateEstimate.Row::stayed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("16-29", 4, 2),
                        org.assertj.core.groups.Tuple.tuple("30-59", 3, 3),
                        org.assertj.core.groups.Tuple.tuple("60+", 3, 3));
        assertThat(estimate.rows().get(0).rate()).isCloseTo(6.0 / 9, within(1e-12));
        assertThat(estimate.rows().get(1).rate()).isCloseTo(7.0 / 8, within(1e-12));
        assertThat(estimate.rates().of(panel.get(2), TARGETS)).isCloseTo(6.0 / 9, within(1e-12));
        assertThat(estimate.rates().of(panel.get(9), TARGETS)).isCloseTo(7.0 / 8, within(1e-12));
    }

    @Test
    void theCategoryThatSeparatesStayersFromDropoutsIsChosenAndAValueNobodyHasGetsTheOverallShare() {
        var panel = List.of(person(0, "Woman", "16-29"), person(1, "Man", "16-29"));
        var estimate =
                StayRateEstimate.of(TARGETS, panel, Set.of(panel.get(0).id())).orElseThrow();
        // Gender splits the one dropout from the one who stayed; Age cannot tell them apart
        assertThat(estimate.category()).isEqualTo("Gender");
        assertThat(estimate.rows().get(0).rate()).isCloseTo((0 + 5 * 0.5) / 6, within(1e-12));

        var sameAge = List.of(person(0, "Woman", "16-29"), person(1, "Woman", "30-59"));
        var byAge = StayRateEstimate.of(TARGETS, sameAge, Set.of(sameAge.get(0).id()))
                .orElseThrow();
        assertThat(byAge.category()).isEqualTo("Age");
        assertThat(byAge.rows().get(2).members()).isZero();
        assertThat(byAge.rows().get(2).rate()).isEqualTo(0.5);
    }

    @Test
    void withoutWithdrawalsThereIsNothingToEstimateFrom() {
        var panel = List.of(person(0, "Woman", "16-29"));
        assertThat(StayRateEstimate.of(TARGETS, panel, Set.of())).isEmpty();
    }

    private static Respondent person(int i, String gender, String age) {
        return new Respondent(new RespondentId("p" + i), List.of(gender, age), null, i + 1, List.of());
    }
}
