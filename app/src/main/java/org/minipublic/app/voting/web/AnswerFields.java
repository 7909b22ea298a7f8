package org.minipublic.app.voting.web;

import java.util.ArrayList;
import java.util.Map;
import org.minipublic.app.voting.Answers;

/** Reads a ballot's answers from form fields {@code a0}, {@code a1}, …; a missing field is no answer. */
final class AnswerFields {

    private AnswerFields() {}

    /** An unreadable field becomes -1, which no method accepts, so that the ballot is shown again with a problem. */
    static Answers read(Map<String, String> fields, int items) {
        var values = new ArrayList<Integer>(items);
        for (int i = 0; i < items; i++) {
            int value;
            try {
                value = Integer.parseInt(fields.getOrDefault("a" + i, "0").strip());
            } catch (NumberFormatException e) {
                value = -1;
            }
            values.add(value);
        }
        return new Answers(values);
    }
}
