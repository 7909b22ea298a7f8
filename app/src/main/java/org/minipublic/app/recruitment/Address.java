package org.minipublic.app.recruitment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A postal address on the address list, as imported.
 *
 * @param propertyReference the address file's own identifier for the property (a UPRN in the UK), if it has one
 */
public record Address(
        String line1,
        String line2,
        String line3,
        String town,
        String postcode,
        String area,
        @Nullable String propertyReference) {

    /** Every text field is cut to this length on screen and refused beyond it on import. */
    public static final int MAX_FIELD = 200;

    /** The lines as printed on an envelope, empty ones left out. */
    public String oneLine() {
        return Stream.of(line1, line2, line3, town, postcode)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    /**
     * What two spellings of the same address share: letters and digits only, case and accents folded, so that
     * "12 High St." and "12 high st" match.
     */
    String matchKey() {
        String text = String.join(" ", line1, line2, line3, town) + "|" + postcode;
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}|]+", "");
    }
}
