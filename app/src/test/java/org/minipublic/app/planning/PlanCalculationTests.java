package org.minipublic.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.AreaCount;
import org.minipublic.app.selection.Target;
import org.minipublic.app.shared.InvalidInputException;

class PlanCalculationTests {

    private static final PlanSettings FIVE_PER_SEAT = new PlanSettings(5, 3, Map.of("A", 2.0, "B", 4.0));

    @Test
    void beforeAnyRoundEachAreaNeedsItsShareOfThePoolTheScarcestGroupAsksForOverItsRate() {
        // Panel of 10 at 5 per seat: 50 in the pool. Women (half the population) need 20 / 0.5 = 40 respondents;
        // young people (10 %) need 10 / 0.1 = 100, the most. Each area holds half the households: 50 respondents,
        // so 50 / 2 % = 2,500 letters in A and 50 / 4 % = 1,250 in B.
        var plan = PlanCalculation.plan(
                List.of(new AreaCount("A", 5000, 0), new AreaCount("B", 5000, 0)),
                "Area",
                10,
                List.of(
                        new Target("Area", "A", 4, 6, null),
                        new Target("Area", "B", 4, 6, null),
                        new Target("Gender", "Woman", 4, 6, 50.0),
                        new Target("Age", "16-24", 2, 3, 10.0)),
                List.of(),
                FIVE_PER_SEAT);

        assertThat(plan.wantedPool()).isEqualTo(50);
        assertThat(plan.areas())
                .extracting(AreaPlan::area, AreaPlan::lettersNeeded, AreaPlan::stillToSend, AreaPlan::shortOfHouseholds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 2500, 2500, false),
                        org.assertj.core.groups.Tuple.tuple("B", 1250, 1250, false));
        assertThat(plan.values())
                .extracting(ValuePlan::value, ValuePlan::wanted, ValuePlan::shortfall)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 20, 20),
                        org.assertj.core.groups.Tuple.tuple("B", 20, 20),
                        org.assertj.core.groups.Tuple.tuple("Woman", 20, 20),
                        org.assertj.core.groups.Tuple.tuple("16-24", 10, 10));
        assertThat(plan.afterFirstRound()).isFalse();
        assertThat(plan.topUpLetters()).isZero();
    }

    @Test
    void anAreaWithTooFewHouseholdsIsFlaggedAndAskedForNoMoreThanItHas() {
        var plan = PlanCalculation.plan(
                List.of(new AreaCount("A", 1000, 0), new AreaCount("B", 9000, 0)),
                "Area",
                10,
                List.of(new Target("Area", "A", 5, 6, null)),
                List.of(),
                FIVE_PER_SEAT);

        // A needs its own 25 respondents at 2 %: 1,250 letters, more than its 1,000 households.
        var a = plan.areas().get(0);
        assertThat(a.lettersNeeded()).isEqualTo(1000);
        assertThat(a.shortOfHouseholds()).isTrue();
        assertThat(plan.anyShortOfHouseholds()).isTrue();
    }

    @Test
    void afterARoundTheTopUpSendsEachGroupsLettersWhereItAnsweredBestAndCoversAreaShortfalls() {
        // 1,000 letters went to each area; 20 came back from A (2 %) and 40 from B (4 %). One young person answered
        // in A (1 in 20) and two in B (2 in 40), so a letter to B brings 4 % x 5 % = 0.002 young people and one to A
        // 2 % x 5 % = 0.001. Young people: 3 in the pool, 10 wanted, 7 short: 3,500 letters to B. Area A: 20 of
        // its 30 wanted, 10 short at 2 %: 500 letters to A.
        var pool = new ArrayList<Map<String, String>>();
        pool.addAll(people("A", 20, 1));
        pool.addAll(people("B", 40, 2));
        var plan = PlanCalculation.plan(
                List.of(new AreaCount("A", 5000, 1000), new AreaCount("B", 5000, 1000)),
                "Area",
                10,
                List.of(
                        new Target("Area", "A", 6, 8, null),
                        new Target("Area", "B", 4, 8, null),
                        new Target("Age", "16-24", 2, 3, 10.0)),
                pool,
                FIVE_PER_SEAT);

        assertThat(plan.areas()).extracting(AreaPlan::topUp).containsExactly(500, 3500);
        assertThat(plan.areas()).extracting(AreaPlan::observedRate).containsExactly(2.0, 4.0);
        assertThat(plan.topUpLetters()).isEqualTo(4000);
        assertThat(plan.topUpWeights().get("A")).isCloseTo(500.0 / 4000, within(1e-12));
        assertThat(plan.topUpWeights().get("B")).isCloseTo(3500.0 / 4000, within(1e-12));
        var young = plan.values().get(2);
        assertThat(young.inPool()).isEqualTo(3);
        assertThat(young.shortfall()).isEqualTo(7);
        // 3 + 500 x 0.001 + 3,500 x 0.002 = 10.5
        assertThat(young.expectedAfterTopUp()).isCloseTo(10.5, within(1e-9));
        assertThat(plan.values().get(0).expectedAfterTopUp()).isCloseTo(30, within(1e-9));
        assertThat(plan.unmetAfterTopUp()).isEmpty();
    }

    @Test
    void aGroupThatTheHouseholdsLeftCannotBringIsReportedAsUnmet() {
        var pool = people("A", 20, 0);
        var plan = PlanCalculation.plan(
                List.of(new AreaCount("A", 1100, 1000)),
                "Area",
                10,
                List.of(new Target("Age", "16-24", 2, 3, 10.0)),
                pool,
                FIVE_PER_SEAT);

        // Nobody young answered in A, and only 100 households are left: the top-up cannot be expected to help.
        assertThat(plan.unmetAfterTopUp()).extracting(ValuePlan::value).containsExactly("16-24");
    }

    @Test
    void theExpectedRateHoldsUntilAnAreaHasHadAHundredLetters() {
        var plan = PlanCalculation.plan(
                List.of(new AreaCount("A", 5000, 99)),
                "Area",
                10,
                List.of(new Target("Area", "A", 1, 2, null)),
                people("A", 9, 0),
                FIVE_PER_SEAT);

        assertThat(plan.areas().get(0).observedRate()).isNull();
        // 50 wanted in the pool, 9 there: 41 more at the expected 2 % = 2,050 letters
        assertThat(plan.areas().get(0).topUp()).isEqualTo(2050);
    }

    @Test
    void nothingIsProposedWhenThePoolHoldsWhatEveryTargetWants() {
        var plan = PlanCalculation.plan(
                List.of(new AreaCount("A", 5000, 1000)),
                "Area",
                2,
                List.of(new Target("Area", "A", 1, 2, null)),
                people("A", 20, 0),
                FIVE_PER_SEAT);

        assertThat(plan.afterFirstRound()).isTrue();
        assertThat(plan.topUpLetters()).isZero();
        assertThat(plan.topUpWeights()).isEmpty();
    }

    @Test
    void settingsOutsideTheirRangesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new PlanSettings(0.5, 3, Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("poolPerSeat"));
        assertThatThrownBy(() -> new PlanSettings(5, 0, Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("defaultRate"));
        assertThatThrownBy(() -> new PlanSettings(5, 3, Map.of("A", 101.0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rates"));
        assertThatThrownBy(() -> new PlanSettings(5, Double.NaN, Map.of())).isInstanceOf(InvalidInputException.class);
    }

    /** {@code count} respondents from the area, the first {@code young} of them aged 16-24. */
    private static List<Map<String, String>> people(String area, int count, int young) {
        var people = new ArrayList<Map<String, String>>();
        for (int i = 0; i < count; i++) {
            people.add(Map.of("Area", area, "Age", i < young ? "16-24" : "25-44"));
        }
        return people;
    }
}
