package org.minipublic.app.surveys;

import java.util.regex.Pattern;

/**
 * Text as typed, made safe to store: control characters other than tab and line breaks are dropped (PostgreSQL
 * refuses the NUL character outright, and the others only garble what is shown).
 */
final class SurveyTexts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    private SurveyTexts() {}

    static String clean(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }
}
