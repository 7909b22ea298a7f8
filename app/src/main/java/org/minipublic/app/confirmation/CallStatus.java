package org.minipublic.app.confirmation;

/** Where the confirmation of one selected person stands. */
public enum CallStatus {
    TO_CALL,
    NO_ANSWER,
    CALL_BACK,
    CONFIRMED,
    DECLINED;

    public boolean settled() {
        return this == CONFIRMED || this == DECLINED;
    }
}
