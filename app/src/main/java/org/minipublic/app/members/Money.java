package org.minipublic.app.members;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Amounts of money, kept as whole pence so that sums are exact. People type pounds: {@code 150}, {@code £150.50},
 * {@code 1,200.00}, or with a decimal comma {@code 150,50}.
 */
public final class Money {

    /** No honorarium or expense claim of one member comes near £100,000; larger figures are typing mistakes. */
    public static final long MAX_PENCE = 10_000_000L;

    private static final Pattern DECIMAL_POINT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");

    private Money() {}

    /** The amount in pence; empty when the text is not an amount of pounds or is more than {@link #MAX_PENCE}. */
    public static OptionalLong parsePence(String typed) {
        String text = typed.strip().replaceFirst("^£", "").replace(" ", "");
        if (text.isEmpty()) {
            return OptionalLong.of(0);
        }
        String plain;
        if (DECIMAL_POINT.matcher(text).matches()) {
            plain = text.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(text).matches()) {
            plain = text.replace(',', '.');
        } else {
            return OptionalLong.empty();
        }
        var pence = new BigDecimal(plain).movePointRight(2);
        return pence.compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0
                ? OptionalLong.empty()
                : OptionalLong.of(pence.longValueExact());
    }

    /** Pounds with two decimals and no grouping, as forms and exports show them: {@code 1200.50}. */
    public static String plain(long pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2).toPlainString();
    }

    /** Pounds for reading: {@code £1,200.50}. */
    public static String display(long pence) {
        var format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }

    /** The amount as a number of pounds, for spreadsheet cells. */
    public static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2);
    }
}
