package org.minipublic.grouping.report;

/**
 * The meetings random seating gives on average, worked out exactly rather than sampled.
 *
 * <p>Random seating deals the n members afresh each session: a uniformly random order fills the seats, whose tables
 * have fixed sizes k(s, 1), …, k(s, T). For two given members the pair of seats they get is then equally likely to be
 * any of the n(n − 1) ordered pairs of different seats, and Σ_t k(s, t)(k(s, t) − 1) of those are at one table, so they
 * share a table in session s with chance p(s) = Σ_t k(s, t)(k(s, t) − 1) / (n(n − 1)), independently of the other
 * sessions.
 *
 * <p>The number M of sessions a pair shares is then a sum of independent yes-or-no outcomes with chances p(s). The
 * engine counts a pair's repeated meetings as max(0, M − 1) ({@code Meetings.repeatedPairs}), which is M − 1 when they
 * met and 0 when they never did: M − 1 + [M = 0]. Its expectation is Σ p(s) − 1 + Π (1 − p(s)), the same for every
 * pair, so over the n(n − 1)/2 pairs E[repeats] = n(n − 1)/2 · (Σ p(s) − 1 + Π (1 − p(s))). With the same tables in
 * every one of S sessions this is n(n − 1)/2 · (S·p − 1 + (1 − p)^S); 45 members at 6 tables over 10 sessions give
 * 990 · (10p − 1 + (1 − p)^10) with p = 294/1980.
 *
 * <p>A consecutive meeting is a pair at one table in sessions s − 1 and s, counted for each such s, so
 * E[consecutive] = n(n − 1)/2 · Σ p(s − 1)·p(s) over s from the second session on.
 *
 * @param repeatedPairs the expected Σ over pairs of max(0, times met − 1)
 * @param consecutivePairs the expected number of times a pair shares a table in two sessions in a row
 */
public record ExpectedMeetings(double repeatedPairs, double consecutivePairs) {

    /** @param size {@code size[s][t]}: the members at table t in session s */
    public static ExpectedMeetings underRandomSeating(int members, int[][] size) {
        double pairs = members * (members - 1.0) / 2;
        double sum = 0;
        double never = 1;
        double consecutive = 0;
        for (int s = 0; s < size.length; s++) {
            double p = together(members, size[s]);
            sum += p;
            never *= 1 - p;
            consecutive += s > 0 ? together(members, size[s - 1]) * p : 0;
        }
        return new ExpectedMeetings(pairs * (sum - 1 + never), pairs * consecutive);
    }

    /** The chance that two given members share a table in a session seated at random at tables of these sizes. */
    public static double together(int members, int[] sizes) {
        long sameTable = 0;
        for (int k : sizes) {
            sameTable += (long) k * (k - 1);
        }
        return (double) sameTable / ((long) members * (members - 1));
    }
}
