package org.minipublic.app.deliberation;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional's comment on a draft, written during a review round.
 *
 * @param version the draft's version it was written on
 */
public record Review(UUID id, DraftId draft, int version, Kind kind, String body, String writtenBy, Instant writtenAt) {

    /** What the comment is about. */
    public enum Kind {
        FEASIBILITY,
        LEGAL,
        OTHER
    }
}
