package org.minipublic.app.deliberation;

/**
 * Where a draft stands: being worked on, final (ready for the vote), withdrawn by its table, or merged into another
 * draft or split into several; a merged or split draft is kept, with its history, and changes no more.
 */
public enum DraftStatus {
    DRAFT,
    FINAL,
    WITHDRAWN,
    MERGED,
    SPLIT;

    /** Merged or split: the text lives on in other drafts, and this one can no longer change or be marked. */
    public boolean replaced() {
        return this == MERGED || this == SPLIT;
    }
}
