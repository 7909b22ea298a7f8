package org.minipublic.app.messaging;

/** Who a mailing goes to. The last three need a finished draw and follow the assembly's first (original) draw. */
public enum Audience {
    /** Everyone registered and not withdrawn. */
    REGISTERED,
    /** Those who hold a seat on the panel now (replacements included, withdrawals not). */
    PANEL,
    /**
     * Everyone registered who was not selected: the thank-you after the draw. The engine ranks all of them as
     * reserves, so the message can say they may still be asked.
     */
    NOT_SELECTED;

    public boolean needsDraw() {
        return this != REGISTERED;
    }
}
