package org.minipublic.grouping.search;

import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Plan;

/**
 * Who sits where during the search, and how often each pair has met, kept up to date swap by swap. The arrays are
 * read directly by {@link Annealing}, whose inner loop runs millions of times.
 */
final class Seats {

    final int members;
    /** {@code tableOf[s][p]}: member p's table in session s, or {@link Plan#ABSENT}. */
    final int[][] tableOf;
    /** {@code at[s][t][i]}, for i below {@code atCount[s][t]}: the members at table t in session s. */
    final int[][][] at;

    final int[][] atCount;
    /** {@code position[s][p]}: where member p appears in {@code at[s][tableOf[s][p]]}. */
    final int[][] position;
    /** {@code met[i * members + j]}: the sessions i and j shared a table. */
    final int[] met;

    Seats(Layout layout, Plan start) {
        this.members = layout.members();
        int sessions = layout.sessions();
        this.tableOf = new int[sessions][members];
        this.at = new int[sessions][][];
        this.atCount = new int[sessions][];
        this.position = new int[sessions][members];
        this.met = new int[members * members];
        for (int s = 0; s < sessions; s++) {
            at[s] = new int[layout.tables()[s]][members];
            atCount[s] = new int[layout.tables()[s]];
            for (int p = 0; p < members; p++) {
                sit(s, p, start.tableOf()[s][p]);
            }
        }
        countMeetings();
    }

    private void sit(int s, int p, int t) {
        tableOf[s][p] = t;
        if (t != Plan.ABSENT) {
            position[s][p] = atCount[s][t];
            at[s][t][atCount[s][t]++] = p;
        }
    }

    /** Whether i and j sat at one table in session s (members absent from a held session sat nowhere). */
    boolean together(int s, int i, int j) {
        return tableOf[s][i] == tableOf[s][j] && tableOf[s][i] != Plan.ABSENT;
    }

    int timesMet(int i, int j) {
        return met[i * members + j];
    }

    /** Members a and b trade tables in session s. */
    void swap(int s, int a, int b) {
        int tableA = tableOf[s][a];
        int tableB = tableOf[s][b];
        meetTable(s, tableA, a, b);
        meetTable(s, tableB, b, a);
        at[s][tableA][position[s][a]] = b;
        at[s][tableB][position[s][b]] = a;
        int positionA = position[s][a];
        position[s][a] = position[s][b];
        position[s][b] = positionA;
        tableOf[s][a] = tableB;
        tableOf[s][b] = tableA;
    }

    /** {@code leaving} no longer meets the others at table t of session s, and {@code coming} meets them instead. */
    private void meetTable(int s, int t, int leaving, int coming) {
        for (int i = 0; i < atCount[s][t]; i++) {
            int z = at[s][t][i];
            if (z != leaving) {
                meet(leaving, z, -1);
                meet(coming, z, +1);
            }
        }
    }

    private void meet(int i, int j, int change) {
        met[i * members + j] += change;
        met[j * members + i] += change;
    }

    private void countMeetings() {
        for (int s = 0; s < at.length; s++) {
            for (int t = 0; t < at[s].length; t++) {
                for (int i = 0; i < atCount[s][t]; i++) {
                    for (int j = i + 1; j < atCount[s][t]; j++) {
                        meet(at[s][t][i], at[s][t][j], 1);
                    }
                }
            }
        }
    }

    /** Σ over pairs of max(0, times met − 1), counted from scratch. */
    long repeats() {
        long repeats = 0;
        for (int i = 0; i < members; i++) {
            for (int j = i + 1; j < members; j++) {
                repeats += Math.max(0, timesMet(i, j) - 1);
            }
        }
        return repeats;
    }

    /** Pairs at one table in two consecutive sessions, per pair of sessions, counted from scratch. */
    long consecutive() {
        long consecutive = 0;
        for (int s = 0; s + 1 < tableOf.length; s++) {
            for (int i = 0; i < members; i++) {
                for (int j = i + 1; j < members; j++) {
                    if (together(s, i, j) && together(s + 1, i, j)) {
                        consecutive++;
                    }
                }
            }
        }
        return consecutive;
    }

    int[][] copyOfTables() {
        int[][] copy = new int[tableOf.length][];
        for (int s = 0; s < tableOf.length; s++) {
            copy[s] = tableOf[s].clone();
        }
        return copy;
    }
}
