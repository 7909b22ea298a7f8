package org.minipublic.grouping.report;

import java.util.Arrays;
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
        int values = Arrays.stream(value).max().orElse(-1) + 1;
        int[] totals = new int[values];
        for (int v : value) {
            totals[v]++;
        }
        double worst = 0;
        for (int[] seating : tableOf) {
            worst = Math.max(worst, worstIn(seating, value, totals));
        }
        return worst;
    }

    private static double worstIn(int[] seating, int[] value, int[] totals) {
        int tables = Arrays.stream(seating).max().orElse(-1) + 1;
        int[][] count = new int[tables][totals.length];
        int[] size = new int[tables];
        for (int p = 0; p < value.length; p++) {
            if (seating[p] != Plan.ABSENT) {
                count[seating[p]][value[p]]++;
                size[seating[p]]++;
            }
        }
        double worst = 0;
        for (int t = 0; t < tables; t++) {
            for (int v = 0; v < totals.length; v++) {
                worst = Math.max(worst, Math.abs(count[t][v] - (double) size[t] * totals[v] / value.length));
            }
        }
        return worst;
    }
}
