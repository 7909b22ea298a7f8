package org.minipublic.app.selection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;

/**
 * A selected person who will not take their seat, recorded against the draw that chose them.
 *
 * @param replacedBy the replacement draw that fills the seat, once one has been run
 */
public record Withdrawal(
        DrawId draw,
        RespondentId respondent,
        Reason reason,
        Instant withdrawnAt,
        String withdrawnBy,
        @Nullable DrawId replacedBy) {

    public enum Reason {
        /** They said no when asked to confirm. */
        DECLINED,
        /** They could not be reached in time. */
        NO_REPLY,
        /** They confirmed, then left. */
        LEFT
    }

    public boolean open() {
        return replacedBy == null;
    }
}
