package org.minipublic.grouping.report;

import org.minipublic.grouping.model.Plan;

/** How far tables are from the assembly's make-up, counted from a seating alone. */
public final class Deviation {

    private Deviation() {}

    /**
     * The largest gap, over sessions, tables and values, between a table's count of a value and its proportional
     * share (the table's size times the value's share of the assembly).
     *
     * @param value each member's value index
     * @param tableOf {@code tableOf[s][p]}: the table (from 0) of member p in session s, or {@link Plan#ABSENT}
     */
    public static double worst(int[] value, int[][] tableOf) {
        int n = value.length;
        int values = java.util.Arrays.stream(value).max().orElse(-1) + 1;
        int[] totals = new int[values];
        for (int v : value) {
            totals[v]++;
        }
        double worst = 0;
        for (int[] seating : tableOf) {
            int tables = java.util.Arrays.stream(seating).max().orElse(-1) + 1;
            int[][] count = new int[tables][values];
            int[] size = new int[tables];
            for (int p = 0; p < n; p++) {
                if (seating[p] != Plan.ABSENT) {
                    count[seating[p]][value[p]]++;
                    size[seating[p]]++;
                }
            }
            for (int t = 0; t < tables; t++) {
                for (int v = 0; v < values; v++) {
                    worst = Math.max(worst, Math.abs(count[t][v] - (double) size[t] * totals[v] / n));
                }
            }
        }
        return worst;
    }
}
