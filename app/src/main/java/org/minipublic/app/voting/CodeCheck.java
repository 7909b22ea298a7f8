package org.minipublic.app.voting;

import org.jspecify.annotations.Nullable;

/**
 * What a ballot code typed on the public voting pages came to.
 *
 * @param ballot the code's ballot when it is ready to vote on
 * @param waitMinutes with {@link Outcome#WAIT}, how long before trying again
 * @param receipt with {@link Outcome#CAST}, the vote's random receipt, which the voter can find in the published
 *     export to see their vote was counted as cast
 */
public record CodeCheck(Outcome outcome, @Nullable Ballot ballot, long waitMinutes, String receipt) {

    /** Where a code stands. Every outcome but READY and CAST is a refusal with its own message. */
    public enum Outcome {
        READY,
        CAST,
        TYPO,
        UNKNOWN,
        USED,
        NOT_OPEN,
        CLOSED,
        WAIT;

        public String messageKey() {
            return "voting.code." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static CodeCheck of(Outcome outcome) {
        return new CodeCheck(outcome, null, 0, "");
    }

    public boolean ready() {
        return outcome == Outcome.READY;
    }
}
