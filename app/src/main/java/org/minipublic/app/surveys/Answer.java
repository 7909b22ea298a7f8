package org.minipublic.app.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One stored answer: exactly one of a chosen option (or scale point), a number, a date or a text. */
record Answer(
        QuestionId question,
        @Nullable Integer choice,
        @Nullable BigDecimal number,
        @Nullable LocalDate day,
        @Nullable String text) {

    static Answer choice(QuestionId question, int choice) {
        return new Answer(question, choice, null, null, null);
    }

    static Answer number(QuestionId question, BigDecimal number) {
        return new Answer(question, null, number, null, null);
    }

    static Answer day(QuestionId question, LocalDate day) {
        return new Answer(question, null, null, day, null);
    }

    static Answer text(QuestionId question, String text) {
        return new Answer(question, null, null, null, text);
    }
}
