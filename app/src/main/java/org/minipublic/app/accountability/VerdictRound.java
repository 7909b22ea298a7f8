package org.minipublic.app.accountability;

/**
 * An assembly's round of the members' verdict on the responses, given on the member portal.
 *
 * @param open whether members can give their verdict now; once closed, a round does not open again
 * @param published whether its figures are on the public page (only once closed)
 * @param turnout how many members have given their verdict
 */
public record VerdictRound(boolean open, boolean published, int turnout) {}
