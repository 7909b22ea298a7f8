package org.minipublic.grouping.search;

import java.util.Arrays;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Plan;

/**
 * Values no plan can beat, term by term. When a plan reaches all three it is proven optimal; otherwise the gap is
 * reported, since the bounds are not always reachable.
 */
public final class LowerBound {

    private LowerBound() {}

    public static Objective of(Layout layout) {
        long consecutive = consecutive(layout);
        // a pair meeting in two consecutive sessions has met more than once, so it is also a repeat
        return new Objective(Math.max(repeats(layout), consecutive), consecutive, deviation(layout));
    }

    /**
     * Every session seats a fixed number of pairs together; once the assembly's distinct pairs are used up, each further
     * meeting is a repeat.
     */
    static long repeats(Layout layout) {
        long meetings = 0;
        for (int[] sizes : layout.size()) {
            for (int k : sizes) {
                meetings += (long) k * (k - 1) / 2;
            }
        }
        long n = layout.members();
        return Math.max(0, meetings - n * (n - 1) / 2);
    }

    /**
     * A table of k people drawn from the previous session's T tables holds at least the pairs of k people spread as
     * evenly as possible over T tables (pigeonhole), so tables larger than the number of tables force consecutive
     * meetings. Only those who were at the previous session count: a held session's absentees met nobody there, so
     * each one at a table spares it some of those pairs.
     */
    static long consecutive(Layout layout) {
        long pairs = 0;
        for (int s = 0; s + 1 < layout.sessions(); s++) {
            pairs += consecutive(layout.size()[s + 1], layout.tables()[s], absentees(layout, s));
        }
        return pairs;
    }

    /**
     * The fewest pairs from the same earlier table that tables of the given sizes can hold, when {@code absent} of
     * their seats may go to people who were not at the earlier session. Spread evenly, the k-th person at a table
     * joins ⌈k/T⌉ − 1 others from their earlier table, a number that grows with k; so each absentee spares the most
     * at the fullest table, and seating them one by one at the fullest table leaves the fewest pairs. (Taking the
     * absentees off every table instead would count each of them at every table: a weaker bound.)
     */
    static long consecutive(int[] sizes, int before, int absent) {
        int[] present = sizes.clone();
        for (int i = 0; i < absent; i++) {
            int fullest = fullest(present);
            if (present[fullest] == 0) {
                break;
            }
            present[fullest]--;
        }
        long pairs = 0;
        for (int k : present) {
            long q = k / before;
            long r = k % before;
            pairs += r * (q + 1) * q / 2 + (before - r) * q * (q - 1) / 2;
        }
        return pairs;
    }

    private static int fullest(int[] sizes) {
        int fullest = 0;
        for (int t = 1; t < sizes.length; t++) {
            if (sizes[t] > sizes[fullest]) {
                fullest = t;
            }
        }
        return fullest;
    }

    private static int absentees(Layout layout, int s) {
        if (!layout.held(s)) {
            return 0;
        }
        int absent = 0;
        for (int t : layout.heldTable()[s]) {
            if (t == Plan.ABSENT) {
                absent++;
            }
        }
        return absent;
    }

    /**
     * A table's count of a value is a whole number, so it misses a fractional share by at least the rounding; the best
     * rounding of a table's shares rounds up the largest fractions, as many as the fractions sum to.
     */
    static double deviation(Layout layout) {
        double total = 0;
        for (int s = 0; s < layout.sessions(); s++) {
            for (int t = 0; t < layout.tables()[s]; t++) {
                for (int a = 0; a < layout.value().length; a++) {
                    double[] fractions = new double[layout.valueCount()[a].length];
                    double sum = 0;
                    for (int v = 0; v < fractions.length; v++) {
                        double share = layout.share(s, t, a, v);
                        fractions[v] = share - Math.floor(share);
                        sum += fractions[v];
                    }
                    Arrays.sort(fractions);
                    long up = Math.round(sum);
                    for (int i = 0; i < fractions.length; i++) {
                        total += i >= fractions.length - up ? 1 - fractions[i] : fractions[i];
                    }
                }
            }
        }
        return total;
    }
}
