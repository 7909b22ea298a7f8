package org.minipublic.app.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps text that people typed from reordering the sentence around it. In an Urdu page an English title such as
 * "Safer streets?" would otherwise show as "?Safer streets", and a name inside a translated sentence could pull its
 * neighbours along. Templates wrap such text in {@code <bdi>} or give its element {@code dir="auto"}; where it sits
 * inside a translated message or an attribute, where no element can go, they call {@code ${@bidi.isolate(text)}},
 * which adds the Unicode isolates that mean the same as {@code <bdi>}.
 */
@Component("bidi")
public class Bidi {

    /** FIRST STRONG ISOLATE: the text takes the direction of its first letter, as {@code dir="auto"} does. */
    static final char FIRST_STRONG_ISOLATE = '\u2068';

    /** POP DIRECTIONAL ISOLATE: ends the isolate. */
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    /** The text between isolates, or an empty string for {@code null}. */
    public String isolate(@Nullable Object text) {
        return text == null ? "" : FIRST_STRONG_ISOLATE + text.toString() + POP_DIRECTIONAL_ISOLATE;
    }
}
