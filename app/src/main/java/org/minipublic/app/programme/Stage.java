package org.minipublic.app.programme;

/** What a session is for, in the order an assembly goes through them. */
public enum Stage {
    /** Members hear from experts and people with lived experience. */
    LEARN,
    /** Members discuss at their tables and draft recommendations. */
    DELIBERATE,
    /** Members decide, usually by voting. */
    DECIDE,
    /** Welcome, breaks, meals and anything else. */
    OTHER
}
