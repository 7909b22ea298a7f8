package org.minipublic.app.confirmation;

/** What came of one call. */
public enum CallOutcome {
    NO_ANSWER,
    CALL_BACK,
    CONFIRMED,
    DECLINED;

    CallStatus status() {
        return CallStatus.valueOf(name());
    }
}
