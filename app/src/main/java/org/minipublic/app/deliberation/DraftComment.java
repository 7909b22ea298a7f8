package org.minipublic.app.deliberation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A free comment on a draft: what a table or a member said, typed in by a facilitator or organiser on their behalf,
 * or the team member's own. Kept apart from professional review ({@link Review}).
 *
 * @param version the draft's version it was written on
 * @param body the comment, or null once it was removed
 * @param saidBy the table or person it came from, as typed (empty when not given or the writer's own)
 * @param onBehalf whether it was typed in for a table or member rather than being the writer's own
 * @param removedBy who removed it, or null
 */
public record DraftComment(
        UUID id,
        DraftId draft,
        int version,
        @Nullable String body,
        String saidBy,
        boolean onBehalf,
        String writtenBy,
        Instant writtenAt,
        @Nullable String removedBy) {

    public boolean removed() {
        return removedBy != null;
    }
}
