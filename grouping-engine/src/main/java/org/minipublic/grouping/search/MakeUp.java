package org.minipublic.grouping.search;

import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Plan;

/**
 * The make-up of every table during the search: how many members of each value of each diversified attribute sit
 * there, how far that is from the table's proportional share, and whether a swap keeps the counts within their bands.
 */
final class MakeUp {

    private final Layout layout;
    private final int[] bandWiden;
    private final int[][][][] count;
    private final double[][][][] share;

    /** @param bandWiden per session, how far its bands were widened for the first seating (-1: not enforced) */
    MakeUp(Layout layout, int[][] tableOf, int[] bandWiden) {
        this.layout = layout;
        this.bandWiden = bandWiden.clone();
        this.count = new int[layout.sessions()][][][];
        for (int s = 0; s < count.length; s++) {
            count[s] = counts(layout, tableOf[s], layout.tables()[s]);
        }
        this.share = shares(layout);
    }

    /** {@code count[t][a][v]}: members at table t with value v of attribute a, in a session seated as given. */
    private static int[][][] counts(Layout layout, int[] tableOf, int tables) {
        int[][][] count = new int[tables][layout.value().length][];
        for (int t = 0; t < tables; t++) {
            for (int a = 0; a < layout.value().length; a++) {
                count[t][a] = new int[layout.values().get(a).size()];
            }
        }
        for (int p = 0; p < layout.members(); p++) {
            for (int a = 0; a < layout.value().length && tableOf[p] != Plan.ABSENT; a++) {
                count[tableOf[p]][a][layout.value()[a][p]]++;
            }
        }
        return count;
    }

    /** Whether members a (at tableA) and b (at tableB) can trade tables in session s without leaving a band. */
    boolean keepsBands(int s, int a, int tableA, int b, int tableB) {
        if (bandWiden[s] < 0) {
            return true;
        }
        for (int attribute = 0; attribute < layout.value().length; attribute++) {
            int va = layout.value()[attribute][a];
            int vb = layout.value()[attribute][b];
            if (va != vb
                    && (count[s][tableA][attribute][va] - 1 < layout.low()[s][tableA][attribute][va] - bandWiden[s]
                            || count[s][tableA][attribute][vb] + 1
                                    > layout.high()[s][tableA][attribute][vb] + bandWiden[s]
                            || count[s][tableB][attribute][vb] - 1
                                    < layout.low()[s][tableB][attribute][vb] - bandWiden[s]
                            || count[s][tableB][attribute][va] + 1
                                    > layout.high()[s][tableB][attribute][va] + bandWiden[s])) {
                return false;
            }
        }
        return true;
    }

    /** The change of the total deviation if a (at tableA) and b (at tableB) traded tables in session s. */
    double deviationChange(int s, int a, int tableA, int b, int tableB) {
        double change = 0;
        for (int attribute = 0; attribute < layout.value().length; attribute++) {
            int va = layout.value()[attribute][a];
            int vb = layout.value()[attribute][b];
            if (va != vb) {
                change += shift(s, tableA, attribute, va, -1)
                        + shift(s, tableA, attribute, vb, +1)
                        + shift(s, tableB, attribute, vb, -1)
                        + shift(s, tableB, attribute, va, +1);
            }
        }
        return change;
    }

    /** Members beyond the edges of the bands, over all sessions, tables and values (bands as widened). */
    long excess() {
        long excess = 0;
        for (int s = 0; s < count.length; s++) {
            for (int t = 0; t < count[s].length; t++) {
                for (int a = 0; a < count[s][t].length; a++) {
                    for (int v = 0; v < count[s][t][a].length; v++) {
                        excess += excess(s, t, a, v, count[s][t][a][v]);
                    }
                }
            }
        }
        return excess;
    }

    /** The change of {@link #excess()} if a (at tableA) and b (at tableB) traded tables in session s. */
    long excessChange(int s, int a, int tableA, int b, int tableB) {
        long change = 0;
        for (int attribute = 0; attribute < layout.value().length; attribute++) {
            int va = layout.value()[attribute][a];
            int vb = layout.value()[attribute][b];
            if (va != vb) {
                change += excessShift(s, tableA, attribute, va, -1)
                        + excessShift(s, tableA, attribute, vb, +1)
                        + excessShift(s, tableB, attribute, vb, -1)
                        + excessShift(s, tableB, attribute, va, +1);
            }
        }
        return change;
    }

    private long excessShift(int s, int t, int attribute, int value, int by) {
        int c = count[s][t][attribute][value];
        return excess(s, t, attribute, value, c + by) - excess(s, t, attribute, value, c);
    }

    private long excess(int s, int t, int attribute, int value, int c) {
        if (bandWiden[s] < 0) {
            return 0;
        }
        int low = layout.low()[s][t][attribute][value] - bandWiden[s];
        int high = layout.high()[s][t][attribute][value] + bandWiden[s];
        return Math.max(0, low - c) + Math.max(0, c - high);
    }

    /** Records that a, who sat at tableA, and b, who sat at tableB, traded tables in session s. */
    void swap(int s, int a, int tableA, int b, int tableB) {
        for (int attribute = 0; attribute < layout.value().length; attribute++) {
            count[s][tableA][attribute][layout.value()[attribute][a]]--;
            count[s][tableA][attribute][layout.value()[attribute][b]]++;
            count[s][tableB][attribute][layout.value()[attribute][b]]--;
            count[s][tableB][attribute][layout.value()[attribute][a]]++;
        }
    }

    /** Σ over sessions, tables, diversified attributes and values of |count − proportional share|. */
    double deviation() {
        double deviation = 0;
        for (int s = 0; s < count.length; s++) {
            for (int t = 0; t < count[s].length; t++) {
                for (int a = 0; a < count[s][t].length; a++) {
                    for (int v = 0; v < count[s][t][a].length; v++) {
                        deviation += Math.abs(count[s][t][a][v] - share[s][t][a][v]);
                    }
                }
            }
        }
        return deviation;
    }

    private double shift(int s, int t, int attribute, int value, int by) {
        int c = count[s][t][attribute][value];
        double target = share[s][t][attribute][value];
        return Math.abs(c + by - target) - Math.abs(c - target);
    }

    /** Each table's proportional share of each value, looked up often enough to keep at hand. */
    private static double[][][][] shares(Layout layout) {
        double[][][][] shares = new double[layout.sessions()][][][];
        for (int s = 0; s < shares.length; s++) {
            shares[s] = new double[layout.tables()[s]][layout.value().length][];
            for (int t = 0; t < layout.tables()[s]; t++) {
                for (int a = 0; a < layout.value().length; a++) {
                    shares[s][t][a] = new double[layout.valueCount()[a].length];
                    for (int v = 0; v < shares[s][t][a].length; v++) {
                        shares[s][t][a][v] = layout.share(s, t, a, v);
                    }
                }
            }
        }
        return shares;
    }
}
