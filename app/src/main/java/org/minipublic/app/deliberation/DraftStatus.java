package org.minipublic.app.deliberation;

/** Where a draft stands: being worked on, final (ready for the vote), or withdrawn by its table. */
public enum DraftStatus {
    DRAFT,
    FINAL,
    WITHDRAWN
}
