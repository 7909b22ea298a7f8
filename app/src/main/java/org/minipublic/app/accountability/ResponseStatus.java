package org.minipublic.app.accountability;

/** The institution's answer to a recommendation. */
public enum ResponseStatus {
    ACCEPTED,
    ACCEPTED_IN_PART,
    NOT_ACCEPTED,
    UNDER_CONSIDERATION
}
