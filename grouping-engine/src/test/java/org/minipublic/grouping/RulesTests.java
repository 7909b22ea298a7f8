package org.minipublic.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minipublic.grouping.support.Problems.apart;
import static org.minipublic.grouping.support.Problems.id;
import static org.minipublic.grouping.support.Problems.members;
import static org.minipublic.grouping.support.Problems.problem;
import static org.minipublic.grouping.support.Problems.together;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.FixedSeat;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Rules;

/** Each hard rule, on two to four hand-made people. */
class RulesTests {

    @Test
    void peopleKeptApartNeverShareATable() {
        for (long seed = 1; seed <= 5; seed++) {
            var result = GroupAllocator.allocate(problem(members(4), List.of(), 2, 3, apart(id(1), id(2)), seed));
            for (int s = 0; s < 3; s++) {
                assertThat(tableOf(result, s, 1)).isNotEqualTo(tableOf(result, s, 2));
            }
            assertThat(result.quality().rulesBroken()).isEmpty();
        }
    }

    @Test
    void peopleKeptTogetherAlwaysShareATable() {
        for (long seed = 1; seed <= 5; seed++) {
            var result = GroupAllocator.allocate(problem(members(4), List.of(), 2, 3, together(id(1), id(3)), seed));
            for (int s = 0; s < 3; s++) {
                assertThat(tableOf(result, s, 1)).isEqualTo(tableOf(result, s, 3));
            }
        }
    }

    @Test
    void aFixedSeatIsKeptInItsSessionOrInEverySession() {
        var rules = new Rules(
                List.of(),
                List.of(),
                List.of(new FixedSeat(id(1), 2, 2), new FixedSeat(id(3), null, 1)),
                Set.of(),
                Map.of());
        var result = GroupAllocator.allocate(problem(members(4), 2, 3, rules));
        assertThat(tableOf(result, 1, 1)).isEqualTo(1);
        for (int s = 0; s < 3; s++) {
            assertThat(tableOf(result, s, 3)).isZero();
        }
    }

    @Test
    void someoneWhoNeedsAnAccessibleTableSitsAtOne() {
        var rules = new Rules(List.of(), List.of(), List.of(), Set.of(id(2)), Map.of(0, Set.of(2), 3, Set.of(1)));
        var result = GroupAllocator.allocate(problem(members(4), 2, 3, rules));
        assertThat(tableOf(result, 0, 2)).isEqualTo(1);
        assertThat(tableOf(result, 1, 2)).isEqualTo(1);
        assertThat(result.quality().rulesBroken()).isEmpty();
    }

    @Test
    void peopleSharingAClusterValueSitTogetherAndEmptyValuesAreFree() {
        var people = members(4, new String[] {"Urdu", "", "urdu", ""});
        var problem = new GroupingProblem(
                people,
                List.of(),
                List.of(),
                List.of("a0"),
                List.of(2, 2, 2),
                Rules.none(),
                Map.of(),
                3,
                Duration.ofSeconds(30),
                GroupingProblem.DEFAULT_BAND);
        var result = GroupAllocator.allocate(problem);
        for (int s = 0; s < 3; s++) {
            assertThat(tableOf(result, s, 1)).isEqualTo(tableOf(result, s, 3));
        }
    }

    @Test
    void everyTableMirrorsTheAssembly() {
        var people = members(4, new String[] {"F", "F", "M", "M"}, new String[] {"young", "old", "young", "old"});
        // one session: with two, meeting new people would come before the make-up
        var result = GroupAllocator.allocate(problem(people, List.of("a0", "a1"), 2, 1, Rules.none(), 11));
        assertThat(tableOf(result, 0, 1)).isNotEqualTo(tableOf(result, 0, 2)); // both F
        assertThat(tableOf(result, 0, 1)).isNotEqualTo(tableOf(result, 0, 3)); // both young
        assertThat(result.quality().worstDeviation()).containsEntry("a0", 0.0).containsEntry("a1", 0.0);
    }

    @Test
    void facilitatorsAreSpreadOnePerTable() {
        var problem = new GroupingProblem(
                members(4),
                List.of(new FacilitatorId("F1"), new FacilitatorId("F2")),
                List.of(),
                List.of(),
                List.of(2, 2),
                Rules.none(),
                Map.of(),
                1,
                Duration.ofSeconds(30),
                GroupingProblem.DEFAULT_BAND);
        var result = GroupAllocator.allocate(problem);
        for (int s = 0; s < 2; s++) {
            assertThat(result.facilitators(s))
                    .allSatisfy(table -> assertThat(table).hasSize(1));
        }
    }

    @Test
    void aHeldSessionIsKeptAndTheRestReplannedWithoutSomeoneWhoLeft() {
        // P4 sat at table 2 in session 1 and has left; the three others are re-planned for session 2
        var held = Map.of(1, HeldSession.of(Map.of(id(1), 1, id(2), 1, id(3), 2, id(4), 2)));
        var problem = new GroupingProblem(
                members(3),
                List.of(),
                List.of(),
                List.of(),
                List.of(2, 2),
                Rules.none(),
                held,
                5,
                Duration.ofSeconds(30),
                GroupingProblem.DEFAULT_BAND);
        var result = GroupAllocator.allocate(problem);
        assertThat(result.plan().tableOf()[0]).containsExactly(0, 0, 1);
        assertThat(result.quality().rulesBroken()).isEmpty();
        // P1 and P2 met in session 1, so they are split now: table sizes are 2 and 1
        assertThat(tableOf(result, 1, 1)).isNotEqualTo(tableOf(result, 1, 2));
        assertThat(result.quality().repeatedPairs()).isZero();
    }

    @Test
    void rulesThatContradictEachOtherAreNamed() {
        var rules = new Rules(
                List.of(List.of(id(1), id(2))), List.of(List.of(id(2), id(1))), List.of(), Set.of(), Map.of());
        assertThatThrownBy(() -> GroupAllocator.allocate(problem(members(4), 2, 1, rules)))
                .isInstanceOf(RulesConflictException.class)
                .hasMessageContaining("P1 and P2 must be kept apart but are in the same keep-together group");

        var noAccessibleTable = new Rules(List.of(), List.of(), List.of(), Set.of(id(1)), Map.of(2, Set.of(1)));
        assertThatThrownBy(() -> GroupAllocator.allocate(problem(members(4), 2, 2, noAccessibleTable)))
                .isInstanceOf(RulesConflictException.class)
                .hasMessageContaining("session 1: some people need an accessible table but no table is marked");

        var tooBig = new Rules(
                List.of(), List.of(List.of(id(1), id(2)), List.of(id(2), id(3))), List.of(), Set.of(), Map.of());
        assertThatThrownBy(() -> GroupAllocator.allocate(problem(members(4), 2, 1, tooBig)))
                .isInstanceOf(RulesConflictException.class)
                .hasMessageContaining(
                        "the keep-together group of P1, P2, P3 has 3 people but the largest table" + " seats 2");
    }

    @Test
    void rulesThatCannotHoldTogetherInASessionAreReportedForThatSession() {
        // P1 may sit with nobody, yet every table seats two
        var rules = new Rules(
                List.of(List.of(id(1), id(2)), List.of(id(1), id(3)), List.of(id(1), id(4))),
                List.of(),
                List.of(),
                Set.of(),
                Map.of());
        assertThatThrownBy(() -> GroupAllocator.allocate(problem(members(4), 2, 2, rules)))
                .isInstanceOf(RulesConflictException.class)
                .satisfies(e -> assertThat(((RulesConflictException) e).conflicts())
                        .containsExactly(
                                "session 1: no seating keeps every keep-apart, keep-together, fixed-seat,"
                                        + " accessible-table and cluster rule at once",
                                "session 2: no seating keeps every keep-apart, keep-together, fixed-seat,"
                                        + " accessible-table and cluster rule at once"));
    }

    @Test
    void aRuleNamingSomeoneUnknownIsRefused() {
        assertThatThrownBy(() -> GroupAllocator.allocate(problem(members(2), 1, 1, apart(id(1), id(9)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a keep-apart rule names P9, who is not among the people to seat");
    }

    private static int tableOf(GroupingResult result, int session, int person) {
        return result.plan().tableOf()[session][person - 1];
    }
}
