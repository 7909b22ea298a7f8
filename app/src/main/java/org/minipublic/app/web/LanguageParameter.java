package org.minipublic.app.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The {@code lang=} query parameter with which the language links switch a page's language. */
public final class LanguageParameter {

    private LanguageParameter() {}

    /** A query string without its {@code lang=} parameters (and without empty ones); "" for none. */
    public static String removedFrom(@Nullable String query) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.startsWith("lang="))
                .collect(Collectors.joining("&"));
    }
}
