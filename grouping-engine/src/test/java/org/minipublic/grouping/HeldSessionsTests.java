package org.minipublic.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minipublic.grouping.support.Problems.id;
import static org.minipublic.grouping.support.Problems.members;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Plan;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.report.Meetings;

/** Re-planning after sessions were held by members who have since left, or without members who joined later. */
class HeldSessionsTests {

    @Test
    void aMemberWhoJoinedAfterAHeldSessionIsSeatedFromThenOn() {
        // P5 replaced someone after session 1, which P1–P4 held at two tables
        var held = Map.of(1, HeldSession.of(Map.of(id(1), 1, id(2), 1, id(3), 2, id(4), 2)));
        var result = GroupAllocator.allocate(problem(members(5), held, 3));

        assertThat(result.plan().tableOf()[0]).containsExactly(0, 0, 1, 1, Plan.ABSENT);
        assertThat(result.members(0)).containsExactly(List.of(id(1), id(2)), List.of(id(3), id(4)));
        for (int s = 1; s < 3; s++) {
            assertThat(result.plan().tableOf()[s]).doesNotContain(Plan.ABSENT);
            assertThat(result.members(s).stream().mapToInt(List::size).sum()).isEqualTo(5);
        }
        assertThat(result.quality().rulesBroken()).isEmpty();
    }

    @Test
    void aHeldSessionKeepsItsFacilitatorsWhereTheySat() {
        // dealt in turn, F1 would have sat at table 1 and F2 at table 2; they sat the other way round
        var f1 = new FacilitatorId("F1");
        var f2 = new FacilitatorId("F2");
        var held = new HeldSession(Map.of(id(1), 1, id(2), 1, id(3), 2, id(4), 2), Map.of(f1, 2, f2, 1));
        var problem = new GroupingProblem(
                members(4),
                List.of(f1, f2),
                List.of(),
                List.of(),
                List.of(2, 2),
                Rules.none(),
                Map.of(1, held),
                3,
                Duration.ofSeconds(30),
                GroupingProblem.DEFAULT_BAND);

        var result = GroupAllocator.allocate(problem);

        assertThat(result.facilitators(0)).containsExactly(List.of(f2), List.of(f1));
        assertThat(result.facilitators(1)).allSatisfy(table -> assertThat(table).hasSize(1));
    }

    @Test
    void membersWhoWereNotThereDidNotMeetEachOther() {
        int[][] tableOf = {{Plan.ABSENT, Plan.ABSENT, 0}, {0, 0, 0}};

        var meetings = Meetings.count(3, tableOf);

        assertThat(meetings.repeatedPairs()).isZero();
        assertThat(meetings.consecutivePairs()).isZero();
        assertThat(meetings.mostTimesMet()).isEqualTo(1);
    }

    @Test
    void theBoundOnConsecutiveMeetingsCountsOnlyThoseWhoWereThere() {
        // 8 of 9 held session 1 at two tables of 4; session 2 has a table of 5 and one of 4. With the newcomer at the
        // table of 5, each table takes 4 who were there, at best 2 from each earlier table: 1 + 1 pairs meet again at
        // each, 4 in all. With the newcomer at the table of 4, the table of 5 holds 5 who were there, 3 from one
        // earlier table (3 pairs) and 2 from the other (1), and the table of 4 holds 3 (at best 1 pair): 5. So 4.
        Map<MemberId, Integer> seats = new HashMap<>();
        for (int p = 1; p <= 8; p++) {
            seats.put(id(p), p <= 4 ? 1 : 2);
        }
        var problem = problem(members(9), Map.of(1, HeldSession.of(seats)), 2);
        var result = GroupAllocator.allocate(problem);

        assertThat(fewestConsecutiveMeetings(result.plan().tableOf()[0])).isEqualTo(4);
        assertThat(result.quality().consecutivePairsBound()).isEqualTo(4);
        assertThat(result.quality().consecutivePairs()).isEqualTo(4);
        assertThat(result.quality().status()).isEqualTo(Status.OPTIMAL);
    }

    /** Every seating of 9 at a table of 5 and one of 4 after the given session, tried one by one. */
    private static long fewestConsecutiveMeetings(int[] before) {
        long fewest = Long.MAX_VALUE;
        for (int atFirst = 0; atFirst < 1 << 9; atFirst++) {
            if (Integer.bitCount(atFirst) == 5) {
                int[] after = new int[9];
                for (int p = 0; p < 9; p++) {
                    after[p] = (atFirst >> p & 1) == 1 ? 0 : 1;
                }
                fewest = Math.min(
                        fewest, Meetings.count(9, new int[][] {before, after}).consecutivePairs());
            }
        }
        return fewest;
    }

    private static GroupingProblem problem(List<Member> members, Map<Integer, HeldSession> held, int sessions) {
        return new GroupingProblem(
                members,
                List.of(),
                List.of(),
                List.of(),
                java.util.Collections.nCopies(sessions, 2),
                Rules.none(),
                held,
                3,
                Duration.ofSeconds(30),
                GroupingProblem.DEFAULT_BAND);
    }
}
