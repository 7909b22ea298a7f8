package org.minipublic.app.confirmation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One call as the team records it.
 *
 * @param note what was said, in a sentence (not shown outside the call list)
 * @param callBackAt for {@link CallOutcome#CALL_BACK}, when the person asked to be called
 * @param accessNeeds support the person asked for during the call, added to their needs when they confirm
 */
public record CallEntry(CallOutcome outcome, String note, @Nullable Instant callBackAt, String accessNeeds) {

    public static final int MAX_NOTE = 1_000;

    public CallEntry {
        note = note.strip();
        accessNeeds = accessNeeds.strip();
    }

    @Override
    public String toString() {
        return "CallEntry[" + outcome + "]"; // the note may name people or their circumstances
    }
}
