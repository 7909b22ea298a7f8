package org.minipublic.grouping.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.support.Problems;

/** The built design: where it applies, nobody meets twice and tables are sized as the layout says. */
class DesignTests {

    @Test
    void withAPrimePowerNumberOfTablesNobodyMeetsTwiceAndTablesHaveTheirSizes() {
        for (int g : new int[] {2, 3, 4, 5, 7, 8, 9, 11}) {
            for (int n = g + 1; n <= g * g; n++) {
                int sessions = g + (n == g * g ? 1 : 0);
                var layout = layout(n, g, sessions);
                int[][] table = Design.seats(layout).orElseThrow(() -> new AssertionError("no design"));

                int[][] met = new int[n][n];
                for (int s = 0; s < sessions; s++) {
                    int[] size = new int[g];
                    for (int p = 0; p < n; p++) {
                        size[table[s][p]]++;
                        for (int q = p + 1; q < n; q++) {
                            if (table[s][p] == table[s][q]) {
                                met[p][q]++;
                            }
                        }
                    }
                    assertThat(size)
                            .as("%d people at %d tables, session %d", n, g, s)
                            .isEqualTo(layout.size()[s]);
                }
                for (int p = 0; p < n; p++) {
                    for (int q = p + 1; q < n; q++) {
                        assertThat(met[p][q]).as("%d people at %d tables", n, g).isLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void doesNotApplyWhenTheShapeDoesNotAllowIt() {
        assertThat(Design.seats(layout(36, 6, 3)))
                .as("6 tables: not a prime power")
                .isEmpty();
        assertThat(Design.seats(layout(45, 5, 3))).as("tables of 9 at 5 tables").isEmpty();
        assertThat(Design.seats(layout(45, 7, 8)))
                .as("more sessions than tables")
                .isEmpty();
        assertThat(Design.seats(layout(49, 7, 8)))
                .as("49 = 7 × 7: one more session")
                .isPresent();
        assertThat(Design.seats(layout(49, 7, 9))).isEmpty();
    }

    @Test
    void isNotUsedWhenRulesConstrainTheSeating() {
        var people = Problems.members(9);
        var rules = Problems.apart(Problems.id(1), Problems.id(2));
        var layout = Layout.of(Problems.problem(people, List.of(), 3, 3, rules, 1));

        assertThat(Design.seats(layout)).isPresent();
        assertThat(Design.plan(layout, new java.util.SplittableRandom(1), Long.MAX_VALUE))
                .isEmpty();
    }

    @Test
    void placesMembersSoThatEveryTableOfEverySessionIsWithinItsBandOrGivesUpAtTheDeadline() {
        String[] gender = new String[45];
        for (int p = 0; p < gender.length; p++) {
            gender[p] = p % 7 < 3 ? "F" : "M"; // member p starts on seat p, at table p mod 7: all women at three tables
        }
        var layout = Layout.of(Problems.problem(Problems.members(45, gender), List.of("a0"), 7, 7, Rules.none(), 1));

        int[][] tableOf = Design.plan(layout, new java.util.SplittableRandom(1), Long.MAX_VALUE)
                .orElseThrow();
        for (int s = 0; s < 7; s++) {
            int[] women = new int[7];
            for (int p = 0; p < 45; p++) {
                women[tableOf[s][p]] += gender[p].equals("F") ? 1 : 0;
            }
            for (int t = 0; t < 7; t++) {
                assertThat(women[t]).isBetween(layout.low()[s][t][0][0], layout.high()[s][t][0][0]);
            }
        }
        assertThat(Design.plan(layout, new java.util.SplittableRandom(1), System.nanoTime() - 1))
                .isEmpty();
    }

    private static Layout layout(int n, int tables, int sessions) {
        return Layout.of(Problems.problem(Problems.members(n), List.of(), tables, sessions, Rules.none(), 1));
    }
}
