package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.model.Instance;

/** One greedy pass: every panel it returns meets the targets and the household rule, and it says when it is stuck. */
class PanelPassTests {

    /**
     * Three people: A (x1, y1), B (x2, y2), C (x1, y2); a panel of two needs one of each value, so only {A, B} is
     * valid. Every target's minimum is its maximum, so the minimums add up to the panel size.
     */
    private static Instance crossed(List<int[]> households) {
        return new Instance(
                3,
                2,
                new int[][] {{0, 1, 0}, {0, 1, 1}},
                new int[][] {{1, 1}, {1, 1}},
                new int[][] {{1, 1}, {1, 1}},
                households);
    }

    @Test
    void takesTheOnlyValidPanelWhenItsPeopleComeFirst() {
        assertThat(new PanelPass(crossed(List.of())).fill(new int[] {0, 1, 2}))
                .hasValueSatisfying(panel -> assertThat(panel).containsExactly(0, 1));
        assertThat(new PanelPass(crossed(List.of())).fill(new int[] {0, 2, 1}))
                .hasValueSatisfying(panel -> assertThat(panel).containsExactly(0, 1));
    }

    @Test
    void saysItIsStuckRatherThanReturningAPanelThatMissesAMinimum() {
        // C first: it helps both categories, after which nobody left can meet the two remaining minimums at once.
        assertThat(new PanelPass(crossed(List.of())).fill(new int[] {2, 0, 1})).isEmpty();
    }

    @Test
    void neverSeatsTwoPeopleOfOneHousehold() {
        // A and B share an address: the only panel meeting the targets breaks the household rule.
        var pass = new PanelPass(crossed(List.of(new int[] {0, 1})));
        assertThat(pass.fill(new int[] {0, 1, 2})).isEmpty();
        assertThat(pass.fill(new int[] {1, 0, 2})).isEmpty();
    }

    @Test
    void fillsBeyondTheMinimumsWithAnyoneWhoKeepsTheMaximums() {
        // Four people, one category: at least one "a" in a panel of three, at most two of each value.
        var instance =
                new Instance(4, 3, new int[][] {{1, 1, 1, 0}}, new int[][] {{1, 0}}, new int[][] {{2, 2}}, List.of());
        assertThat(new PanelPass(instance).fill(new int[] {0, 1, 2, 3}))
                .hasValueSatisfying(panel -> assertThat(panel).containsExactly(0, 1, 3));
    }
}
