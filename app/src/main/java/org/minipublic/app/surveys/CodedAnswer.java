package org.minipublic.app.surveys;

import java.util.Set;
import java.util.UUID;

/**
 * One free-text answer with the codes it carries and those its words suggest.
 *
 * @param response the response it belongs to: with the question, what names the answer
 */
public record CodedAnswer(UUID response, String text, Set<CodeId> codes, Set<CodeId> suggested, boolean quoted) {

    public CodedAnswer {
        codes = Set.copyOf(codes);
        suggested = Set.copyOf(suggested);
    }

    public boolean has(CodeId code) {
        return codes.contains(code);
    }

    /** Suggested and not yet given. */
    public boolean suggests(CodeId code) {
        return suggested.contains(code) && !codes.contains(code);
    }
}
