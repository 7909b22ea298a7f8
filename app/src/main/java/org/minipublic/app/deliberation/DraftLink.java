package org.minipublic.app.deliberation;

/**
 * Where a draft's text went or came from: from a draft that went into a merge to the merged draft, or from a split
 * draft to one of its parts.
 */
public record DraftLink(DraftId from, DraftId to, Kind kind) {

    /** Merged into one, or split into several. */
    public enum Kind {
        MERGE,
        SPLIT
    }
}
