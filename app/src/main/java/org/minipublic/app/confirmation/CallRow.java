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
 * @param due they asked to be called back at a time that has now come
 * @param reminder the latest reminder they were sent, if any
 * @param history every call recorded, newest first
 */
public record CallRow(
        RespondentProfile person,
        int drawNumber,
        CallStatus status,
        int attempts,
        @Nullable Instant callBackAt,
        boolean due,
        @Nullable Reminder reminder,
        List<Attempt> history) {

    /** One call made. */
    public record Attempt(CallOutcome outcome, String note, Instant calledAt, String calledBy) {}

    /** A reminder sent: how and when. */
    public record Reminder(ReminderChannel channel, Instant sentAt) {}

    /** Whether they are still to confirm or decline, so a call or a reminder may still reach them. */
    public boolean open() {
        return !status.settled();
    }
}
