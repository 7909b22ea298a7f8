package org.minipublic.app.accountability;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The institution's response to one recommendation, with the members' verdict on it where they have given one.
 *
 * @param responsibleBody who is to act (a body or team), as the institution named it
 * @param officer the officer answerable for it
 * @param verdictScore how far the members judge the response meets their recommendation, 0 to 10; null until given
 */
public record Response(
        ResponseStatus status,
        String reasoning,
        String responsibleBody,
        String officer,
        LocalDate respondedOn,
        @Nullable BigDecimal verdictScore,
        String verdictStatement,
        int version) {

    public boolean hasVerdict() {
        return verdictScore != null;
    }
}
