package org.minipublic.app.documents;

/** Where a requested document is: waiting for a node, being made, ready, or given up after its attempts. */
public enum DocumentStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    /** Still to come: a page showing it looks again in a moment. */
    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }
}
