package org.minipublic.app.surveys;

import java.util.List;

/** What is wrong with the answer given to one question: a message key and its arguments. */
public record AnswerProblem(QuestionId question, String key, List<Object> arguments) {

    public AnswerProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
