package org.minipublic.sortition.io;

import java.util.Locale;

/** Number formats of the output files: fixed, locale-independent, so outputs are byte-identical everywhere. */
final class Format {

    private Format() {}

    static String chance(double chance) {
        return String.format(Locale.ROOT, "%.9f", Math.max(0, Math.min(1, chance)));
    }

    static String seats(double seats) {
        return String.format(Locale.ROOT, "%.3f", seats);
    }

    static String percent(double chance) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * chance);
    }
}
