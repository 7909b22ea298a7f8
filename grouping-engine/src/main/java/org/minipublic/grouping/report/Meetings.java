package org.minipublic.grouping.report;

import java.util.Arrays;
import org.minipublic.grouping.model.Plan;

/**
 * Who met whom, counted from a plan's seating alone (so it also measures plans made by other tools).
 *
 * @param repeatedPairs Σ over pairs of max(0, times met − 1)
 * @param consecutivePairs pairs at one table in two consecutive sessions, counted per pair of sessions
 */
public record Meetings(
        long repeatedPairs, long consecutivePairs, int mostTimesMet, int fewestPeopleMet, double meanPeopleMet) {

    /** @param tableOf {@code tableOf[s][p]}: the table of member p in session s, or {@link Plan#ABSENT} */
    public static Meetings count(int members, int[][] tableOf) {
        int[] met = timesMet(members, tableOf);
        long repeated = 0;
        int most = 0;
        int[] distinct = new int[members];
        for (int i = 0; i < members; i++) {
            for (int j = i + 1; j < members; j++) {
                int times = met[i * members + j];
                repeated += Math.max(0, times - 1);
                most = Math.max(most, times);
                if (times > 0) {
                    distinct[i]++;
                    distinct[j]++;
                }
            }
        }
        int fewest = Arrays.stream(distinct).min().orElse(0);
        double mean = Arrays.stream(distinct).average().orElse(0);
        return new Meetings(repeated, consecutive(members, tableOf), most, fewest, mean);
    }

    /** {@code met[i * members + j]} for i < j: the sessions i and j shared a table. */
    private static int[] timesMet(int members, int[][] tableOf) {
        int[] met = new int[members * members];
        for (int[] session : tableOf) {
            for (int i = 0; i < members; i++) {
                for (int j = i + 1; j < members; j++) {
                    if (together(session, i, j)) {
                        met[i * members + j]++;
                    }
                }
            }
        }
        return met;
    }

    private static long consecutive(int members, int[][] tableOf) {
        long consecutive = 0;
        for (int s = 1; s < tableOf.length; s++) {
            for (int i = 0; i < members; i++) {
                for (int j = i + 1; j < members; j++) {
                    if (together(tableOf[s], i, j) && together(tableOf[s - 1], i, j)) {
                        consecutive++;
                    }
                }
            }
        }
        return consecutive;
    }

    /** Members absent from a held session sat nowhere, so they met nobody there. */
    private static boolean together(int[] session, int i, int j) {
        return session[i] == session[j] && session[i] != Plan.ABSENT;
    }
}
