package org.minipublic.grouping.report;

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
        int[] met = new int[members * members];
        long consecutive = 0;
        for (int s = 0; s < tableOf.length; s++) {
            for (int i = 0; i < members; i++) {
                for (int j = i + 1; j < members; j++) {
                    if (tableOf[s][i] == tableOf[s][j] && tableOf[s][i] != Plan.ABSENT) {
                        met[i * members + j]++;
                        if (s > 0 && tableOf[s - 1][i] == tableOf[s - 1][j] && tableOf[s - 1][i] != Plan.ABSENT) {
                            consecutive++;
                        }
                    }
                }
            }
        }
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
        int fewest = java.util.Arrays.stream(distinct).min().orElse(0);
        double mean = java.util.Arrays.stream(distinct).average().orElse(0);
        return new Meetings(repeated, consecutive, most, fewest, mean);
    }
}
