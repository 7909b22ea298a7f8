package org.minipublic.app.selection.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How many valid panels a uniform draw chose among, as its draw record states it ({@code "valid_panels"}, which the
 * engine's DrawRecord writes as a quoted whole number), for the draw's page: whole when short, otherwise to two
 * significant digits ("8.1 × 10^26"; the record keeps every digit).
 */
record ValidPanels(String shown) {

    private static final Pattern FIELD = Pattern.compile("\"valid_panels\"\\s*:\\s*\"(\\d{1,4000})\"");

    /** Numbers up to this many digits are shown whole. */
    private static final int WHOLE_DIGITS = 12;

    static Optional<ValidPanels> in(String record) {
        var found = FIELD.matcher(record);
        if (!found.find()) {
            return Optional.empty();
        }
        String digits = new BigInteger(found.group(1)).toString();
        if (digits.length() <= WHOLE_DIGITS) {
            return Optional.of(new ValidPanels(digits));
        }
        var rounded = new BigDecimal(digits).round(new MathContext(2));
        int exponent = rounded.precision() - rounded.scale() - 1; // 999… rounds up to one more digit
        return Optional.of(new ValidPanels(rounded.movePointLeft(exponent).toPlainString() + " × 10^" + exponent));
    }
}
