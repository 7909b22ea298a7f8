package org.minipublic.app.surveys;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question of a survey.
 *
 * @param key the short name used as a column heading in exports and imports, and to match weekends' surveys
 * @param section the heading of the part of the form it opens, or empty when it continues the one before
 * @param showIf when set, the question is asked only of those who gave that answer to an earlier question
 * @param texts its wording per language, the survey's own language first
 */
public record Question(
        QuestionId id,
        int position,
        String key,
        QuestionKind kind,
        boolean required,
        String section,
        @Nullable Condition showIf,
        Map<String, QuestionText> texts) {

    /** Asked only of those who chose {@code choice} (1-based) of {@code question}. */
    public record Condition(QuestionId question, int choice) {}

    public Question {
        texts = new LinkedHashMap<>(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a question needs its wording in at least one language");
        }
    }

    /** The wording in this language, or in the survey's own language when it has not been translated. */
    public QuestionText text(String language) {
        var text = texts.get(language);
        return text != null ? text : texts.values().iterator().next();
    }

    /** The wording in the survey's own language. */
    public QuestionText text() {
        return texts.values().iterator().next();
    }

    /** How many options or scale points an answer can choose from; 0 for other kinds. */
    public int choiceCount() {
        return kind == QuestionKind.SCALE
                ? Scale.POINTS
                : kind.hasChoices() ? text().choices().size() : 0;
    }

    public boolean translatedInto(String language) {
        return texts.containsKey(language);
    }
}
