package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

class StayRateEstimateTests {

    private static final Targets TARGETS = new Targets(List.of(
            new Category(
                    "Gender", List.of(Target.fixed("Gender", "Woman", 0, 20), Target.fixed("Gender", "Man", 0, 20))),
            new Category(
                    "Age",
                    List.of(
                            Target.fixed("Age", "16-29", 0, 20),
                            Target.fixed("Age", "30-59", 0, 20),
                            Target.fixed("Age", "60+", 0, 20),
                            Target.fixed("Age", "75+", 0, 20)))));

    @Test
    void theCategoryWhoseValuesDifferMostIsUsedAndSmallGroupsArePulledTowardsTheOverallShare() {
        // twenty members, genders alternating: eight young (the first four withdrew), six middle-aged (the first
        // withdrew), six older; nobody over 75
        var panel = new ArrayList<Respondent>();
        for (int i = 0; i < 20; i++) {
            panel.add(person(i, i % 2 == 0 ? "Woman" : "Man", i < 8 ? "16-29" : i < 14 ? "30-59" : "60+"));
        }
        var withdrew =
                IntStream.of(0, 1, 2, 3, 8).mapToObj(i -> panel.get(i).id()).collect(Collectors.toSet());

        var estimate = StayRateEstimate.of(TARGETS, panel, withdrew).orElseThrow();

        // overall 15 of 20 stayed. Age: young (4 + 5 × 0.75) / (8 + 5), middle (5 + 3.75) / 11, older (6 + 3.75) / 11,
        // a spread of 0.313 over two degrees of freedom; Gender: women (7 + 3.75) / 15, men (8 + 3.75) / 15, 0.022
        assertThat(estimate.uniform()).isFalse();
        assertThat(estimate.category()).isEqualTo("Age");
        assertThat(estimate.members()).isEqualTo(20);
        assertThat(estimate.withdrawn()).isEqualTo(5);
        assertThat(estimate.rows())
                .extracting(StayRateEstimate.Row::value, StayRateEstimate.Row::members, StayRateEstimate.Row::stayed)
                .containsExactly(tuple("16-29", 8, 4), tuple("30-59", 6, 5), tuple("60+", 6, 6), tuple("75+", 0, 0));
        assertThat(estimate.rows().get(0).rate()).isCloseTo(7.75 / 13, within(1e-12));
        assertThat(estimate.rows().get(1).rate()).isCloseTo(8.75 / 11, within(1e-12));
        assertThat(estimate.rows().get(2).rate()).isCloseTo(9.75 / 11, within(1e-12));
        assertThat(estimate.rows().get(3).rate())
                .as("nobody has it: the overall share")
                .isEqualTo(0.75);
        var rates = estimate.rates(TARGETS);
        assertThat(rates.of(panel.get(5), TARGETS)).isCloseTo(7.75 / 13, within(1e-12));
        assertThat(rates.of(panel.get(19), TARGETS)).isCloseTo(9.75 / 11, within(1e-12));
    }

    @Test
    void withFewerThanFiveWithdrawalsEveryoneHasTheSameChance() {
        var panel = IntStream.range(0, 10)
                .mapToObj(i -> person(i, i < 4 ? "Woman" : "Man", "16-29"))
                .toList();
        // all four women withdrew: striking, but four dropouts are too few to tell groups apart
        var withdrew = IntStream.range(0, 4).mapToObj(i -> panel.get(i).id()).collect(Collectors.toSet());

        var estimate = StayRateEstimate.of(TARGETS, panel, withdrew).orElseThrow();

        assertThat(estimate.uniform()).isTrue();
        assertThat(estimate.rows()).isEmpty();
        assertThat(estimate.overall()).isEqualTo(0.6);
        assertThat(estimate.rates(TARGETS).of(panel.get(0), TARGETS)).isEqualTo(0.6);
        assertThat(estimate.rates(TARGETS).of(panel.get(9), TARGETS)).isEqualTo(0.6);
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
