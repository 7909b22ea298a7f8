package org.minipublic.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/** Dropout-aware alternates against a case worked out by hand, and their refusals. */
class AlternatesTests {

    private static final Targets TARGETS = new Targets(List.of(new Category(
            "age", List.of(new Target("age", "young", 1, 1, 0, 3), new Target("age", "old", 2, 2, 0, 3)))));

    private static final List<Respondent> PANEL =
            List.of(person("y1", "young"), person("o1", "old"), person("o2", "old"));

    /** The reserve list ranks an older person first. */
    private static final List<Respondent> RESERVES = List.of(person("o3", "old"), person("y2", "young"));

    @Test
    void holdsBackTheAlternateTheLikelyDropoutNeedsWhereTheReserveListWouldNot() {
        // The young member stays with chance 0.5, the older ones surely. With y2 held back, a young dropout is
        // replaced and the targets hold in every scenario. With o3 (the reserve list's first), replacing the young
        // member by an older one would break the older target too, so the young seat stays empty: deviation 1 (the
        // young target's maximum is 1) in about half the scenarios, as with no alternate at all.
        var rates = new StayRates(Map.of("age", Map.of("young", 0.5)));
        var choice = Alternates.choose(TARGETS, PANEL, RESERVES, rates, 1, 200, 7, 60);

        assertThat(choice.alternates()).extracting(r -> r.id().value()).containsExactly("y2");
        assertThat(choice.expectedDeviation()).isZero();
        assertThat(choice.reserveListDeviation())
                .isEqualTo(choice.withoutAlternates())
                .isBetween(0.35, 0.65);
        assertThat(choice.optimal()).isTrue();
    }

    @Test
    void anOpenSeatIsFilledInEveryScenarioEvenWhenNobodyElseDropsOut() {
        // The young member withdrew and nobody took the seat; everyone left stays for sure. Without counting the open
        // seat no scenario has a dropout to fill, so no alternate could help; with it, y2 fills the young seat.
        var seated = List.of(person("o1", "old"), person("o2", "old"));
        var certain = new StayRates(Map.of());

        var choice = Alternates.choose(TARGETS, seated, 1, RESERVES, certain, 1, 50, 3, 60);

        assertThat(choice.alternates()).extracting(r -> r.id().value()).containsExactly("y2");
        assertThat(choice.expectedDeviation()).isZero();
        assertThat(choice.withoutAlternates()).isEqualTo(1.0); // the young target (maximum 1) missed by one seat
        assertThat(Alternates.choose(TARGETS, seated, 0, RESERVES, certain, 1, 50, 3, 60)
                        .withoutAlternates())
                .isEqualTo(1.0);
        assertThatThrownBy(() -> Alternates.choose(TARGETS, seated, -1, RESERVES, certain, 1, 50, 3, 60))
                .hasMessageContaining("open seats cannot be negative");
    }

    @Test
    void refusesRatesOutsideZeroAndOneUnknownValuesAndABudgetLargerThanTheReserveList() {
        assertThatThrownBy(() -> new StayRates(Map.of("age", Map.of("young", 1.5))))
                .hasMessageContaining("between 0 and 1, got 1.5");
        var unknown = new StayRates(Map.of("age", Map.of("teen", 0.5)));
        assertThatThrownBy(() -> Alternates.choose(TARGETS, PANEL, RESERVES, unknown, 1, 10, 1, 10))
                .hasMessageContaining("the value 'teen' of 'age'");
        var rates = new StayRates(Map.of("age", Map.of("young", 0.5)));
        assertThatThrownBy(() -> Alternates.choose(TARGETS, PANEL, RESERVES, rates, 3, 10, 1, 10))
                .hasMessageContaining("between 0 and the 2 people on the reserve list, got 3");
    }

    private static Respondent person(String id, String age) {
        return new Respondent(new RespondentId(id), List.of(age), null, 1, List.of(id, age));
    }
}
