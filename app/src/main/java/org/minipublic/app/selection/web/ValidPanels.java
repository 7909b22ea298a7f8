package org.minipublic.app.selection.web;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How many valid panels a uniform draw chose among, as its draw record states it ({@code "valid_panels"}, which the
 * engine's DrawRecord writes as a quoted whole number), for the draw's page, written as the engine's CLI writes it
 * (the record keeps every digit).
 */
record ValidPanels(String shown) {

    private static final Pattern FIELD = Pattern.compile("\"valid_panels\"\\s*:\\s*\"(\\d{1,4000})\"");

    static Optional<ValidPanels> in(String record) {
        var found = FIELD.matcher(record);
        if (!found.find()) {
            return Optional.empty();
        }
        var count = new BigInteger(found.group(1));
        return Optional.of(new ValidPanels(org.minipublic.sortition.ValidPanels.readable(count)));
    }
}
