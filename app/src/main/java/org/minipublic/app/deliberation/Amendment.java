package org.minipublic.app.deliberation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A changed wording proposed for a draft's recommendation, and what became of it.
 *
 * @param body the whole recommendation as the amendment would have it
 * @param decisionReason why an organiser accepted or rejected it (empty while proposed)
 */
public record Amendment(
        UUID id,
        DraftId draft,
        String body,
        String why,
        String proposedBy,
        Instant proposedAt,
        Status status,
        String decisionReason,
        @Nullable String decidedBy) {

    /** Proposed, then accepted (the draft's next version) or rejected, or closed when its draft was merged or split. */
    public enum Status {
        PROPOSED,
        ACCEPTED,
        REJECTED,
        CLOSED
    }

    public boolean open() {
        return status == Status.PROPOSED;
    }
}
