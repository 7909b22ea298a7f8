package org.minipublic.app.surveys;

import java.util.List;

/**
 * A question's wording in one language.
 *
 * @param choices the options of a choice question, or the labels of the points 1 to 5 of a scale; empty otherwise
 */
public record QuestionText(String prompt, List<String> choices) {

    public QuestionText {
        choices = List.copyOf(choices);
    }

    /** The label of an option or scale point (1-based), or its number when it has none in this language. */
    public String choice(int number) {
        return number >= 1 && number <= choices.size() ? choices.get(number - 1) : String.valueOf(number);
    }

    /** The options one per line, as the organiser types them. */
    public String lines() {
        return String.join("\n", choices);
    }
}
