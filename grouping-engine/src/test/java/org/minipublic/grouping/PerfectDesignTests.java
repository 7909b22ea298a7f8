package org.minipublic.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.support.Problems;

/** Where a plan with no repeated meeting exists, the engine finds it and says it is optimal. */
class PerfectDesignTests {

    @Test
    void sixteenPeopleAtTablesOfFourForFiveSessionsNeverMeetTwice() {
        // the affine plane of order 4 is a resolvable design: 5 rounds of 4 tables, every pair meets exactly once
        var result = GroupAllocator.allocate(Problems.problem(Problems.members(16), List.of(), 4, 5, Rules.none(), 1));
        assertThat(result.quality().repeatedPairs()).isZero();
        assertThat(result.quality().mostTimesMet()).isEqualTo(1);
        assertThat(result.quality().fewestPeopleMet()).isEqualTo(15);
        assertThat(result.quality().status()).isEqualTo(Status.OPTIMAL);
    }

    @Test
    void nineBalancedPeopleAtThreeTablesForThreeSessionsNeverMeetTwiceAndEveryTableIsMixed() {
        // three parallel classes of the affine plane of order 3 cut across the genders (the fourth is the genders)
        String[] gender = {"F", "F", "F", "M", "M", "M", "X", "X", "X"};
        var result = GroupAllocator.allocate(
                Problems.problem(Problems.members(9, gender), List.of("a0"), 3, 3, Rules.none(), 2));
        assertThat(result.quality().repeatedPairs()).isZero();
        assertThat(result.quality().worstDeviation()).containsEntry("a0", 0.0);
        assertThat(result.quality().status()).isEqualTo(Status.OPTIMAL);
    }

    @Test
    void fortyNinePeopleAtSevenTablesForEightSessionsNeverMeetTwice() {
        // the affine plane of order 7; annealing alone left 179 repeated meetings here, the engine now builds it
        var result = GroupAllocator.allocate(Problems.problem(Problems.members(49), List.of(), 7, 8, Rules.none(), 1));
        assertThat(result.quality().repeatedPairs()).isZero();
        assertThat(result.quality().fewestPeopleMet()).isEqualTo(48);
        assertThat(result.quality().status()).isEqualTo(Status.OPTIMAL);
    }

    @Test
    void fortyFiveMembersAtSevenTablesForSevenSessionsNeverMeetTwiceAndEveryTableMirrorsTheGenders() {
        String[] gender = new String[45];
        for (int p = 0; p < gender.length; p++) {
            gender[p] = p % 2 == 0 ? "F" : "M";
        }
        var result = GroupAllocator.allocate(
                Problems.problem(Problems.members(45, gender), List.of("a0"), 7, 7, Rules.none(), 4));
        assertThat(result.quality().repeatedPairs()).isZero();
        assertThat(result.quality().worstDeviation().get("a0")).isLessThan(1.0);
        assertThat(result.plan().tableOf()[6]).containsOnly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void whenRepeatsAreUnavoidableTheBoundSaysHowMany() {
        // 45 people at 6 tables (8, 8, 8, 7, 7, 7) for 10 sessions: 1470 meetings but only 990 pairs, and a table of
        // 8 drawn from 6 earlier tables must hold two pairs who sat together just before
        var result = GroupAllocator.allocate(Problems.problem(Problems.members(45), List.of(), 6, 10, Rules.none(), 3));
        assertThat(result.quality().repeatedPairsBound()).isEqualTo(480);
        assertThat(result.quality().consecutivePairsBound()).isEqualTo(81);
        assertThat(result.quality().repeatedPairs()).isGreaterThanOrEqualTo(480);
        assertThat(result.quality().consecutivePairs()).isGreaterThanOrEqualTo(81);
    }
}
