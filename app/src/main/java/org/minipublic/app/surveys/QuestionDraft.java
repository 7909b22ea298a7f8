package org.minipublic.app.surveys;

import org.jspecify.annotations.Nullable;

/**
 * A question as the organiser types it, in the survey's own language.
 *
 * @param key a short name; left blank, one is made from the question's place ({@code q3})
 * @param choices the options (or the five scale labels), one per line
 * @param showIf the earlier question it depends on, with {@code showIfChoice}, or null
 */
public record QuestionDraft(
        String key,
        QuestionKind kind,
        boolean required,
        String section,
        String prompt,
        String choices,
        @Nullable QuestionId showIf,
        int showIfChoice) {}
