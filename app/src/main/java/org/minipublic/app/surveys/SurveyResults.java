package org.minipublic.app.surveys;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A survey's results: how many answered, the response rate when it is known how many were asked, and each
 * question's figures in the survey's order.
 *
 * @param responseRate responses as a percentage of those asked, when the survey says how many were asked
 */
public record SurveyResults(
        Survey survey, int responses, @Nullable Double responseRate, List<QuestionResult> questions) {

    /** How many of a free-text question's answers the results page quotes. */
    public static final int TEXTS_SHOWN = 10;

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    public Optional<QuestionResult> question(QuestionId id) {
        return questions.stream().filter(q -> q.question().id().equals(id)).findFirst();
    }
}
