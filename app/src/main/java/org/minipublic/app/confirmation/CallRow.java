package org.minipublic.app.confirmation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentProfile;

/**
 * One selected person on the call list.
 *
 * @param drawNumber the draw that chose them (1 for the first draw; higher for replacements)
 * @param attempts calls made so far
 * @param history every call recorded, newest first
 */
public record CallRow(
        RespondentProfile person,
        int drawNumber,
        CallStatus status,
        int attempts,
        @Nullable Instant callBackAt,
        List<Attempt> history) {

    /** One call made. */
    public record Attempt(CallOutcome outcome, String note, Instant calledAt, String calledBy) {}
}
