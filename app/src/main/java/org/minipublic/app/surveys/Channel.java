package org.minipublic.app.surveys;

/** How a response came in. */
public enum Channel {
    /** Through the survey's link. */
    ONLINE,
    /** From a paper form, typed in by staff. */
    PAPER,
    /** From a file exported by another survey tool. */
    IMPORT
}
