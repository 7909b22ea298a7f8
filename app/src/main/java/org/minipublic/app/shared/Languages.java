package org.minipublic.app.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages the interface is written in. English first; Polish, Urdu and Bengali because many residents of the
 * boroughs we serve read them better than English. Urdu is written right to left. Bengali covers the pages members
 * and the public see; staff pages not yet translated fall back to English.
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH, Locale.forLanguageTag("pl"), Locale.forLanguageTag("ur"), Locale.forLanguageTag("bn"));

    private Languages() {}

    /** The supported language of the given locale (ignoring its country), or English. */
    public static Locale supportedOrEnglish(Locale locale) {
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ur".equals(locale.getLanguage()) || "ar".equals(locale.getLanguage());
    }
}
