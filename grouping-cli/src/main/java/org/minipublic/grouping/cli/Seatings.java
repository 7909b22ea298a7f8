package org.minipublic.grouping.cli;

import java.util.random.RandomGenerator;
import org.minipublic.grouping.model.Layout;

/** The ways of seating people without the engine that the benchmark compares it with. */
final class Seatings {

    private Seatings() {}

    /** Everyone shuffled and dealt round the tables afresh each session. */
    static int[][] random(Layout layout, RandomGenerator random) {
        int n = layout.members();
        int[][] tableOf = new int[layout.sessions()][n];
        for (int s = 0; s < tableOf.length; s++) {
            int[] order = shuffled(n, random);
            for (int i = 0; i < n; i++) {
                tableOf[s][order[i]] = i % layout.tables()[s];
            }
        }
        return tableOf;
    }

    /**
     * The rotation facilitators use by hand: everyone dealt at random in the first session, then whoever sits in place
     * j at a table moves on j tables each session (the first stays, the second moves one table on, and so on).
     */
    static int[][] rotation(Layout layout, RandomGenerator random) {
        int n = layout.members();
        int[] order = shuffled(n, random);
        int[][] tableOf = new int[layout.sessions()][n];
        for (int s = 0; s < tableOf.length; s++) {
            int tables = layout.tables()[s];
            for (int seat = 0; seat < n; seat++) {
                tableOf[s][order[seat]] = (seat % tables + s * (seat / tables)) % tables;
            }
        }
        return tableOf;
    }

    private static int[] shuffled(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
