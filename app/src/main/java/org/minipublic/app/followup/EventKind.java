package org.minipublic.app.followup;

/** What sort of event it is; shown to residents beside the title. */
public enum EventKind {
    RESIDENT_PANEL,
    WEBINAR,
    PUBLIC_MEETING,
    OTHER
}
