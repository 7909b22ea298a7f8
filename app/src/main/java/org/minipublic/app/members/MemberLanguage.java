package org.minipublic.app.members;

import java.util.Locale;
import java.util.Map;
import org.minipublic.app.shared.Languages;

/**
 * A member's preferred language as stored: the tag of a language the interface is written in ({@code pl}), so that
 * letters and name cards can use it, or the name of any other language as typed ({@code Somali}).
 */
public final class MemberLanguage {

    private MemberLanguage() {}

    /**
     * Other English names of supported languages: Java calls {@code bn} "Bangla", but most people in the UK (and the
     * census) write "Bengali".
     */
    private static final Map<String, String> ALSO_CALLED = Map.of("bengali", "bn");

    /** The tag of a supported language when the text names one (by tag, English name or own name), else the text. */
    public static String normalise(String text) {
        String typed = text.strip();
        for (var language : Languages.SUPPORTED) {
            if (typed.equalsIgnoreCase(language.getLanguage())
                    || typed.equalsIgnoreCase(language.getDisplayLanguage(Locale.ENGLISH))
                    || typed.equalsIgnoreCase(language.getDisplayLanguage(language))) {
                return language.getLanguage();
            }
        }
        return ALSO_CALLED.getOrDefault(typed.toLowerCase(Locale.ROOT), typed);
    }

    public static boolean isSupported(String stored) {
        return Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(stored));
    }

    /** The language's name for a reader of {@code reader}'s language: supported ones translated, others as typed. */
    public static String display(String stored, Locale reader) {
        return isSupported(stored) ? Locale.forLanguageTag(stored).getDisplayLanguage(reader) : stored;
    }
}
