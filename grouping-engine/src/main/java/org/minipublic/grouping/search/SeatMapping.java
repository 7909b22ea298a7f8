package org.minipublic.grouping.search;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.grouping.model.Layout;

/**
 * Who takes which seat of a {@link Design}: the design fixes who meets whom, so only the make-up is left to settle.
 * Simulated annealing swaps the seats of two members until every table of every session is within its band, or gives
 * up after its budget.
 */
final class SeatMapping {

    private static final double START_TEMPERATURE = 1.5;
    private static final double END_TEMPERATURE = 0.05;

    private final Layout layout;
    private final int[][] seatTable;
    private final int[] seatOf;
    private final int[][][][] count;
    private long excess;

    private SeatMapping(Layout layout, int[][] seatTable) {
        this.layout = layout;
        this.seatTable = seatTable;
        int n = layout.members();
        this.seatOf = new int[n];
        for (int p = 0; p < n; p++) {
            seatOf[p] = p;
        }
        this.count = new int[layout.sessions()][][][];
        for (int s = 0; s < count.length; s++) {
            count[s] = new int[layout.tables()[s]][layout.value().length][];
            for (int t = 0; t < count[s].length; t++) {
                for (int a = 0; a < layout.value().length; a++) {
                    count[s][t][a] = new int[layout.values().get(a).size()];
                }
            }
            for (int p = 0; p < n; p++) {
                for (int a = 0; a < layout.value().length; a++) {
                    count[s][seatTable[s][p]][a][layout.value()[a][p]]++;
                }
            }
        }
        for (int s = 0; s < count.length; s++) {
            for (int t = 0; t < count[s].length; t++) {
                for (int a = 0; a < count[s][t].length; a++) {
                    for (int v = 0; v < count[s][t][a].length; v++) {
                        excess += excess(s, t, a, v, count[s][t][a][v]);
                    }
                }
            }
        }
    }

    /** Each member's table in every session, with every table within its band; empty if none was found in time. */
    static Optional<int[][]> seat(Layout layout, int[][] seatTable, RandomGenerator random, long moves) {
        var mapping = new SeatMapping(layout, seatTable);
        return mapping.search(random, moves) ? Optional.of(mapping.tables()) : Optional.empty();
    }

    private boolean search(RandomGenerator random, long moves) {
        int n = layout.members();
        double cooling = Math.pow(END_TEMPERATURE / START_TEMPERATURE, 1.0 / Math.max(1, moves));
        double temperature = START_TEMPERATURE;
        for (long move = 0; move < moves && excess > 0; move++, temperature *= cooling) {
            int p = random.nextInt(n);
            int q = random.nextInt(n);
            if (p == q) {
                continue;
            }
            long change = change(p, q);
            if (change <= 0 || random.nextDouble() < Math.exp(-change / temperature)) {
                apply(p, q);
                excess += change;
            }
        }
        return excess == 0;
    }

    /** How much the band excess changes if p and q traded seats. */
    private long change(int p, int q) {
        long change = 0;
        for (int s = 0; s < seatTable.length; s++) {
            int tp = seatTable[s][seatOf[p]];
            int tq = seatTable[s][seatOf[q]];
            if (tp == tq) {
                continue;
            }
            for (int a = 0; a < layout.value().length; a++) {
                int vp = layout.value()[a][p];
                int vq = layout.value()[a][q];
                if (vp != vq) {
                    change += shift(s, tp, a, vp, -1)
                            + shift(s, tp, a, vq, +1)
                            + shift(s, tq, a, vq, -1)
                            + shift(s, tq, a, vp, +1);
                }
            }
        }
        return change;
    }

    private long shift(int s, int t, int a, int v, int by) {
        int c = count[s][t][a][v];
        return excess(s, t, a, v, c + by) - excess(s, t, a, v, c);
    }

    private void apply(int p, int q) {
        for (int s = 0; s < seatTable.length; s++) {
            int tp = seatTable[s][seatOf[p]];
            int tq = seatTable[s][seatOf[q]];
            for (int a = 0; a < layout.value().length; a++) {
                count[s][tp][a][layout.value()[a][p]]--;
                count[s][tq][a][layout.value()[a][p]]++;
                count[s][tq][a][layout.value()[a][q]]--;
                count[s][tp][a][layout.value()[a][q]]++;
            }
        }
        int seat = seatOf[p];
        seatOf[p] = seatOf[q];
        seatOf[q] = seat;
    }

    /** Members beyond the band's edges. */
    private long excess(int s, int t, int a, int v, int c) {
        return Math.max(0, layout.low()[s][t][a][v] - c) + Math.max(0, c - layout.high()[s][t][a][v]);
    }

    private int[][] tables() {
        int[][] tableOf = new int[seatTable.length][layout.members()];
        for (int s = 0; s < tableOf.length; s++) {
            for (int p = 0; p < tableOf[s].length; p++) {
                tableOf[s][p] = seatTable[s][seatOf[p]];
            }
        }
        return tableOf;
    }
}
