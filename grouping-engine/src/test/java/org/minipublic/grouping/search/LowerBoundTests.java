package org.minipublic.grouping.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.report.Meetings;
import org.minipublic.grouping.support.Problems;

/** The bounds no plan can beat, checked against every plan of small problems. */
class LowerBoundTests {

    @Test
    void noSeatingAfterAHeldSessionHasFewerConsecutiveMeetingsThanTheBound() {
        qt().withExamples(60)
                .withFixedSeed(20261203L)
                .forAll(
                        longs().all(),
                        integers().between(3, 9),
                        integers().between(1, 3),
                        integers().between(1, 3))
                .checkAssert((seed, n, before, after) -> {
                    var layout = Layout.of(afterAHeldSession(seed, n, before, after));
                    long bound = LowerBound.of(layout).consecutive();

                    assertThat(bound).isLessThanOrEqualTo(fewestConsecutive(layout));
                });
    }

    @Test
    void absenteesSpareTheFullestTablesFirst() {
        // tables of 5 and 4 after 2 tables, one absentee: at the table of 5 it leaves 2 + 2 pairs, at the 4, 4 + 1
        assertThat(LowerBound.consecutive(new int[] {5, 4}, 2, 1)).isEqualTo(4);
        // without absentees: 5 at 2 earlier tables hold at least 3 + 1 pairs, 4 hold 1 + 1
        assertThat(LowerBound.consecutive(new int[] {5, 4}, 2, 0)).isEqualTo(6);
        // more absentees than seats leave nothing to count
        assertThat(LowerBound.consecutive(new int[] {2, 1}, 1, 9)).isZero();
    }

    /** Session 1 held by a random part of n members at {@code before} tables, session 2 to plan at {@code after}. */
    private static GroupingProblem afterAHeldSession(long seed, int n, int before, int after) {
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        Map<MemberId, Integer> seats = new HashMap<>();
        for (int p = 1; p <= n; p++) {
            if (p == 1 || random.nextInt(3) > 0) {
                seats.put(Problems.id(p), 1 + random.nextInt(before));
            }
        }
        return new GroupingProblem(
                Problems.members(n),
                List.of(),
                List.of(),
                List.of(),
                List.of(before, Math.min(after, n)),
                Rules.none(),
                Map.of(1, HeldSession.of(seats)),
                seed,
                Duration.ofSeconds(10),
                GroupingProblem.DEFAULT_BAND);
    }

    /** The consecutive meetings of the best seating of session 2, found by trying every one. */
    private static long fewestConsecutive(Layout layout) {
        int[] seating = new int[layout.members()];
        return fewest(layout, seating, 0, layout.size()[1].clone());
    }

    private static long fewest(Layout layout, int[] seating, int p, int[] free) {
        if (p == seating.length) {
            int[][] tableOf = {layout.heldTable()[0], seating};
            return Meetings.count(layout.members(), tableOf).consecutivePairs();
        }
        long fewest = Long.MAX_VALUE;
        for (int t = 0; t < free.length; t++) {
            if (free[t] > 0) {
                free[t]--;
                seating[p] = t;
                fewest = Math.min(fewest, fewest(layout, seating, p + 1, free));
                free[t]++;
            }
        }
        return fewest;
    }
}
