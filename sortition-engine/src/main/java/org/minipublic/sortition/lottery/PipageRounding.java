package org.minipublic.sortition.lottery;

import java.util.random.RandomGenerator;

/**
 * Rounds fractional counts to whole counts without changing their sum and keeping each count's expected value
 * (pipage rounding, as used by Flanigan et al.): repeatedly take two fractional counts and move mass between them
 * until one of them is whole, choosing the direction at random in proportion that preserves expectations.
 */
final class PipageRounding {

    private static final double WHOLE = 1e-9;

    private PipageRounding() {}

    /** @param fractions numbers in [0, 1) whose sum is (close to) a whole number; rounded in place to 0 or 1 */
    static int[] round(double[] fractions, RandomGenerator random) {
        double[] x = fractions.clone();
        int first = nextFractional(x, 0);
        while (first >= 0) {
            int second = nextFractional(x, first + 1);
            if (second < 0) {
                x[first] = random.nextDouble() < x[first] ? 1 : 0;
                break;
            }
            double up = Math.min(1 - x[first], x[second]);
            double down = Math.min(x[first], 1 - x[second]);
            if (random.nextDouble() < down / (up + down)) {
                x[first] += up;
                x[second] -= up;
            } else {
                x[first] -= down;
                x[second] += down;
            }
            first = nextFractional(x, isWhole(x[first]) ? first + 1 : first);
        }
        int[] rounded = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            rounded[i] = (int) Math.round(x[i]);
        }
        return rounded;
    }

    private static int nextFractional(double[] x, int from) {
        for (int i = from; i < x.length; i++) {
            if (!isWhole(x[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWhole(double value) {
        return value < WHOLE || value > 1 - WHOLE;
    }
}
