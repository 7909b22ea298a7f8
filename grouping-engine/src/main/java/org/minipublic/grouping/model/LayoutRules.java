package org.minipublic.grouping.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The rules as arrays indexed by member, session and table, each rule checked against the plan's shape. */
final class LayoutRules {

    private LayoutRules() {}

    /** The members each member must never sit with. */
    static int[][] apart(Rules rules, Map<MemberId, Integer> index, int n) {
        List<List<Integer>> apart = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            apart.add(new ArrayList<>());
        }
        for (var pair : rules.keepApart()) {
            for (var a : pair) {
                for (var b : pair) {
                    if (!a.equals(b)) {
                        apart.get(Layout.known(index, a, "a keep-apart rule"))
                                .add(Layout.known(index, b, "a keep-apart rule"));
                    }
                }
            }
        }
        return apart.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
    }

    /** {@code fixedTable[s][p]}: the table member p must take in session s, or -1. */
    static int[][] fixedTables(Rules rules, Map<MemberId, Integer> index, int[] tables) {
        int[][] fixedTable = new int[tables.length][index.size()];
        for (int[] row : fixedTable) {
            Arrays.fill(row, -1);
        }
        for (var seat : rules.fixedSeats()) {
            int p = Layout.known(index, seat.member(), "a fixed seat");
            if (seat.session() == null) {
                for (int s = 0; s < tables.length; s++) {
                    fixedTable[s][p] = Layout.table(seat.table(), tables[s], s);
                }
            } else {
                int s = Layout.session(seat.session(), tables.length);
                fixedTable[s][p] = Layout.table(seat.table(), tables[s], s);
            }
        }
        return fixedTable;
    }

    static boolean[] needsAccessible(Rules rules, Map<MemberId, Integer> index, int n) {
        boolean[] needsAccessible = new boolean[n];
        for (var member : rules.needsAccessibleTable()) {
            needsAccessible[Layout.known(index, member, "the accessible-table rule")] = true;
        }
        return needsAccessible;
    }

    /** {@code accessible[s][t]}: whether table t is accessible in session s. */
    static boolean[][] accessible(Rules rules, int[] tables) {
        boolean[][] accessible = new boolean[tables.length][];
        for (int s = 0; s < tables.length; s++) {
            accessible[s] = new boolean[tables[s]];
            for (int t : rules.accessibleIn(s + 1)) {
                accessible[s][Layout.table(t, tables[s], s)] = true;
            }
        }
        return accessible;
    }
}
