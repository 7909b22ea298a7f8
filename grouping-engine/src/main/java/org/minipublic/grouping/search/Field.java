package org.minipublic.grouping.search;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The finite field with q elements, for q a prime or a power of one. For a prime, the integers mod q. For q = p^m,
 * its elements 0 … q − 1 are polynomials of degree below m over the integers mod p (the digits of the element in base
 * p), multiplied modulo an irreducible polynomial of degree m, with the sums and products tabulated once.
 * {@link Design} needs only that every non-zero element has an inverse.
 */
final class Field {

    /** Largest order of a field that is not prime, whose sums and products are tabulated (q × q of each). */
    static final int LARGEST_TABULATED = 256;

    private final int order;
    private final int @Nullable [][] sum;
    private final int @Nullable [][] product;

    /** @param sum null for a prime order, where arithmetic mod q needs no tables */
    private Field(int order, int @Nullable [][] sum, int @Nullable [][] product) {
        this.order = order;
        this.sum = sum;
        this.product = product;
    }

    /** The field of order q, or empty when q is not a prime power (or a power too large to tabulate). */
    static Optional<Field> of(int q) {
        if (q < 2) {
            return Optional.empty();
        }
        int p = smallestFactor(q);
        int m = exponent(q, p);
        if (m == 1) {
            return Optional.of(new Field(q, null, null));
        }
        if (m == 0 || q > LARGEST_TABULATED) {
            return Optional.empty();
        }
        return Optional.of(tabulated(q, p, m));
    }

    /** m where q = p^m, or 0 when q is not a power of p. */
    private static int exponent(int q, int p) {
        int m = 0;
        for (int rest = q; rest > 1; rest /= p) {
            if (rest % p != 0) {
                return 0;
            }
            m++;
        }
        return m;
    }

    /** GF(p^m): polynomials over GF(p) of degree below m, reduced by an irreducible one of degree m. */
    private static Field tabulated(int q, int p, int m) {
        int[] modulus = irreducible(p, m);
        int[][] sum = new int[q][q];
        int[][] product = new int[q][q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                sum[a][b] = encode(add(digits(a, p, m), digits(b, p, m), p), p);
                product[a][b] = encode(reduce(multiply(digits(a, p, m), digits(b, p, m), p), modulus, p), p);
            }
        }
        return new Field(q, sum, product);
    }

    int plus(int a, int b) {
        return sum == null ? (a + b) % order : sum[a][b];
    }

    int times(int a, int b) {
        return product == null ? (int) ((long) a * b % order) : product[a][b];
    }

    /** A monic polynomial of degree m over the integers mod p with no factor of lower degree. */
    private static int[] irreducible(int p, int m) {
        int count = (int) Math.pow(p, m);
        for (int lower = 0; lower < count; lower++) {
            int[] candidate = monic(lower, p, m);
            if (m == 1 || !hasFactor(candidate, p, m)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no irreducible polynomial of degree " + m + " mod " + p);
    }

    private static boolean hasFactor(int[] poly, int p, int m) {
        for (int degree = 1; degree <= m / 2; degree++) {
            for (int lower = 0; lower < (int) Math.pow(p, degree); lower++) {
                if (isZero(reduce(poly, monic(lower, p, degree), p))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** x^degree plus the polynomial whose coefficients are the base-p digits of lower. */
    private static int[] monic(int lower, int p, int degree) {
        int[] poly = java.util.Arrays.copyOf(digits(lower, p, degree), degree + 1);
        poly[degree] = 1;
        return poly;
    }

    private static int[] digits(int value, int p, int m) {
        int[] digits = new int[m];
        for (int i = 0; i < m; i++, value /= p) {
            digits[i] = value % p;
        }
        return digits;
    }

    private static int encode(int[] poly, int p) {
        int value = 0;
        for (int i = poly.length - 1; i >= 0; i--) {
            value = value * p + poly[i];
        }
        return value;
    }

    private static int[] add(int[] a, int[] b, int p) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (a[i] + b[i]) % p;
        }
        return out;
    }

    private static int[] multiply(int[] a, int[] b, int p) {
        int[] out = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] = (out[i + j] + a[i] * b[j]) % p;
            }
        }
        return out;
    }

    /** The remainder of poly divided by the monic polynomial modulus, with as many coefficients as its degree. */
    private static int[] reduce(int[] poly, int[] modulus, int p) {
        int degree = modulus.length - 1;
        int[] rest = poly.clone();
        for (int i = rest.length - 1; i >= degree; i--) {
            int c = rest[i];
            if (c != 0) {
                for (int j = 0; j <= degree; j++) {
                    rest[i - degree + j] = Math.floorMod(rest[i - degree + j] - c * modulus[j], p);
                }
            }
        }
        return java.util.Arrays.copyOf(rest, degree);
    }

    private static boolean isZero(int[] poly) {
        for (int c : poly) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    private static int smallestFactor(int q) {
        for (int d = 2; d * d <= q; d++) {
            if (q % d == 0) {
                return d;
            }
        }
        return q;
    }
}
