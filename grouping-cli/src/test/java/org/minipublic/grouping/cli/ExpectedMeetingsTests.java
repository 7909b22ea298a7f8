package org.minipublic.grouping.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.report.ExpectedMeetings;
import org.minipublic.grouping.report.Meetings;

/** The exact expectation of random seating's meetings, against the closed form, every seating and a large sample. */
class ExpectedMeetingsTests {

    @Test
    void givesTheClosedFormFor45MembersAtSixTablesOverTenSessions() {
        // tables of 8, 8, 8, 7, 7, 7: two given members share one with chance (3·8·7 + 3·7·6) / (45·44)
        double p = 294.0 / 1980;
        int[][] size = Collections.nCopies(10, new int[] {8, 8, 8, 7, 7, 7}).toArray(int[][]::new);

        var expected = ExpectedMeetings.underRandomSeating(45, size);

        assertThat(expected.repeatedPairs()).isCloseTo(990 * (10 * p - 1 + Math.pow(1 - p, 10)), within(1e-9));
        assertThat(expected.repeatedPairs()).isCloseTo(678.41, within(0.005));
        assertThat(expected.consecutivePairs()).isCloseTo(990 * 9 * p * p, within(1e-9));
    }

    @Test
    void equalsTheAverageOverEverySeatingOfATinyAssembly() {
        // 5 members at tables of 3 and 2, then of 2, 2 and 1, then of 3 and 2: every seating is as likely as any other
        int[][] size = {{3, 2}, {2, 2, 1}, {3, 2}};
        List<int[]> first = seatings(size[0]);
        List<int[]> second = seatings(size[1]);
        double repeats = 0;
        double consecutive = 0;
        for (int[] a : first) {
            for (int[] b : second) {
                for (int[] c : first) {
                    var meetings = Meetings.count(5, new int[][] {a, b, c});
                    repeats += meetings.repeatedPairs();
                    consecutive += meetings.consecutivePairs();
                }
            }
        }
        double plans = (double) first.size() * second.size() * first.size();

        var expected = ExpectedMeetings.underRandomSeating(5, size);

        assertThat(plans).isEqualTo(10 * 30 * 10);
        assertThat(expected.repeatedPairs()).isCloseTo(repeats / plans, within(1e-12));
        assertThat(expected.consecutivePairs()).isCloseTo(consecutive / plans, within(1e-12));
    }

    @Test
    void isWhatTheBenchmarksRandomSeatingAveragesOverManySeatings() {
        var layout = Layout.of(assembly(45, 6, 10));
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(11);
        int runs = 4000;
        double[] repeats = new double[runs];
        double[] consecutive = new double[runs];
        for (int run = 0; run < runs; run++) {
            var meetings = Meetings.count(45, Seatings.random(layout, random));
            repeats[run] = meetings.repeatedPairs();
            consecutive[run] = meetings.consecutivePairs();
        }

        var expected = ExpectedMeetings.underRandomSeating(45, layout.size());

        // within four standard errors of the sample mean (about 0.6 repeats): a bias of 1% would be 7
        assertThat(mean(repeats)).isCloseTo(expected.repeatedPairs(), within(4 * standardError(repeats)));
        assertThat(mean(consecutive)).isCloseTo(expected.consecutivePairs(), within(4 * standardError(consecutive)));
        assertThat(4 * standardError(repeats)).isLessThan(0.01 * expected.repeatedPairs());
    }

    /** Every way of seating the members 0, 1, … at tables of the given sizes, as {@code table[member]}. */
    private static List<int[]> seatings(int[] sizes) {
        int members = java.util.Arrays.stream(sizes).sum();
        List<int[]> all = new ArrayList<>();
        seat(new int[members], 0, sizes.clone(), all);
        return all;
    }

    private static void seat(int[] table, int member, int[] free, List<int[]> all) {
        if (member == table.length) {
            all.add(table.clone());
            return;
        }
        for (int t = 0; t < free.length; t++) {
            if (free[t] > 0) {
                free[t]--;
                table[member] = t;
                seat(table, member + 1, free, all);
                free[t]++;
            }
        }
    }

    private static GroupingProblem assembly(int members, int tables, int sessions) {
        List<Member> list = new ArrayList<>();
        for (int p = 1; p <= members; p++) {
            list.add(new Member(new MemberId("M" + p), "M" + p, Map.of()));
        }
        return new GroupingProblem(
                list,
                List.of(),
                List.of(),
                List.of(),
                Collections.nCopies(sessions, tables),
                Rules.none(),
                Map.of(),
                1,
                Duration.ofSeconds(1),
                GroupingProblem.DEFAULT_BAND);
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static double standardError(double[] values) {
        double mean = mean(values);
        double squares = java.util.Arrays.stream(values)
                .map(v -> (v - mean) * (v - mean))
                .sum();
        return Math.sqrt(squares / (values.length - 1) / values.length);
    }
}
