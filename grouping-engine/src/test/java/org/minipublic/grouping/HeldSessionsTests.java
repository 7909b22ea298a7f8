package org.minipublic.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minipublic.grouping.support.Problems.id;
import static org.minipublic.grouping.support.Problems.people;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.model.PersonId;
import org.minipublic.grouping.model.Plan;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.report.Meetings;

/** Re-planning after sessions were held by people who have since left, or without people who joined later. */
class HeldSessionsTests {

    @Test
    void aMemberWhoJoinedAfterAHeldSessionIsSeatedFromThenOn() {
        // P5 replaced someone after session 1, which P1–P4 held at two tables
        var held = Map.of(1, Map.of(id(1), 1, id(2), 1, id(3), 2, id(4), 2));
        var result = GroupAllocator.allocate(problem(people(5), held, 3));

        assertThat(result.plan().tableOf()[0]).containsExactly(0, 0, 1, 1, Plan.ABSENT);
        assertThat(result.members(0)).containsExactly(List.of(id(1), id(2)), List.of(id(3), id(4)));
        for (int s = 1; s < 3; s++) {
            assertThat(result.plan().tableOf()[s]).doesNotContain(Plan.ABSENT);
            assertThat(result.members(s).stream().mapToInt(List::size).sum()).isEqualTo(5);
        }
        assertThat(result.quality().rulesBroken()).isEmpty();
    }

    @Test
    void peopleWhoWereNotThereDidNotMeetEachOther() {
        int[][] tableOf = {{Plan.ABSENT, Plan.ABSENT, 0}, {0, 0, 0}};

        var meetings = Meetings.count(3, tableOf);

        assertThat(meetings.repeatedPairs()).isZero();
        assertThat(meetings.consecutivePairs()).isZero();
        assertThat(meetings.mostTimesMet()).isEqualTo(1);
    }

    @Test
    void theBoundOnConsecutiveMeetingsCountsOnlyThoseWhoWereThere() {
        // 8 of 9 held session 1 at tables of 4; in session 2 a table of 5 needs only 4 of them, and pairs from the
        // two earlier tables can then meet again just twice there, and twice at the table of 4: 4 in all
        Map<PersonId, Integer> seats = new HashMap<>();
        for (int p = 1; p <= 8; p++) {
            seats.put(id(p), p <= 4 ? 1 : 2);
        }
        var result = GroupAllocator.allocate(problem(people(9), Map.of(1, seats), 2));

        assertThat(result.quality().consecutivePairsBound()).isEqualTo(3);
        assertThat(result.quality().consecutivePairs()).isEqualTo(4);
    }

    private static GroupingProblem problem(
            List<org.minipublic.grouping.model.Person> people,
            Map<Integer, Map<PersonId, Integer>> held,
            int sessions) {
        return new GroupingProblem(
                people,
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
