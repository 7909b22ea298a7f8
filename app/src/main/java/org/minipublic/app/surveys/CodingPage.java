package org.minipublic.app.surveys;

import java.util.List;

/**
 * A page of a question's free-text answers for coding.
 *
 * @param total how many answers the filter keeps
 * @param uncoded how many of the question's answers carry no code yet
 */
public record CodingPage(
        Question question, List<Code> codes, List<CodedAnswer> answers, int page, int pages, int total, int uncoded) {

    public static final int SIZE = 20;

    public CodingPage {
        codes = List.copyOf(codes);
        answers = List.copyOf(answers);
    }
}
