package org.minipublic.app.identity;

/** What inviting an address led to. */
public enum InviteOutcome {
    /** No account had that address: an invitation link was e-mailed. */
    INVITED,
    /** An account had that address: it was given the role at once and told by e-mail. */
    ADDED
}
