package org.minipublic.app.accountability;

/** Where an action stands, as its owner last reported it. */
public enum ActionStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    DELAYED,
    DONE
}
