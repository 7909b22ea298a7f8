package org.minipublic.app.surveys.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minipublic.app.surveys.Question;
import org.minipublic.app.surveys.QuestionId;

/**
 * The survey form's fields: one per question, named {@code q-} and the question's key (several values for a multiple
 * choice). Reads what was sent for each question, and keeps it to fill the form in again when something is wrong.
 */
public final class FormAnswers {

    private final Map<String, List<String>> values = new HashMap<>();

    private FormAnswers() {}

    static FormAnswers of(Map<String, String[]> parameters) {
        var answers = new FormAnswers();
        parameters.forEach((name, given) -> {
            if (name.startsWith("q-")) {
                answers.values.put(
                        name.substring(2),
                        Arrays.stream(given).filter(v -> !v.isBlank()).limit(60).toList());
            }
        });
        return answers;
    }

    static FormAnswers empty() {
        return new FormAnswers();
    }

    Function<Question, List<String>> given() {
        return question -> values.getOrDefault(question.key(), List.of());
    }

    /** What was given for a question, for a text field. */
    public String value(Question question) {
        var given = values.getOrDefault(question.key(), List.of());
        return given.isEmpty() ? "" : given.get(0);
    }

    /** Whether an option (1-based) was chosen. */
    public boolean chose(Question question, int choice) {
        return values.getOrDefault(question.key(), List.of()).contains(String.valueOf(choice));
    }

    /** Problems keyed by question id, as the form template looks them up. */
    static Map<String, Object> byId(Map<QuestionId, ?> problems) {
        var map = new HashMap<String, Object>();
        problems.forEach((id, problem) -> map.put(id.toString(), problem));
        return map;
    }
}
