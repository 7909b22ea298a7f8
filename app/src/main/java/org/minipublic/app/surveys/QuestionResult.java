package org.minipublic.app.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answers to one question, counted.
 *
 * @param answered how many responses answer it
 * @param choices for a scale or choice question, each option with its count, in order
 * @param mean the mean scale point or number, when there is one
 * @param texts for a free-text question, the latest answers (at most {@link SurveyResults#TEXTS_SHOWN})
 */
public record QuestionResult(
        Question question,
        int answered,
        List<ChoiceCount> choices,
        @Nullable Double mean,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        @Nullable LocalDate first,
        @Nullable LocalDate last,
        List<String> texts) {

    /**
     * One option and how many chose it.
     *
     * @param percent of the responses answering the question (for a multiple choice they add up to more than 100)
     */
    public record ChoiceCount(int choice, String label, int count, double percent) {}

    public QuestionResult {
        choices = List.copyOf(choices);
        texts = List.copyOf(texts);
    }

    /** The largest count, to scale bars. */
    public int largest() {
        return choices.stream().mapToInt(ChoiceCount::count).max().orElse(0);
    }
}
