package org.minipublic.app.voting;

/** Where a ballot is in its life: being prepared, taking votes, or closed and counted. */
public enum BallotStatus {
    DRAFT,
    OPEN,
    CLOSED
}
