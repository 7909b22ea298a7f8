package org.minipublic.app.members;

import org.jspecify.annotations.Nullable;

/**
 * What came of a code typed on the portal's sign-in page.
 *
 * @param member the signed-in member when {@code outcome} is {@link Outcome#SIGNED_IN}
 * @param language the member's preferred language (a language tag), for the pages that follow
 * @param waitMinutes how long to wait when {@code outcome} is {@link Outcome#WAIT}
 */
public record PortalSignIn(Outcome outcome, @Nullable PortalMember member, String language, long waitMinutes) {

    public enum Outcome {
        SIGNED_IN,
        /** Not a code at all: wrong length, a character outside the alphabet, or a wrong check character. */
        TYPO,
        /** Well formed but no card has it (replaced, or the member withdrew). */
        UNKNOWN,
        /** Too many wrong codes from this address: try again later. */
        WAIT
    }

    static PortalSignIn refused(Outcome outcome, long waitMinutes) {
        return new PortalSignIn(outcome, null, "", waitMinutes);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }

    /** The message key saying why the code was refused. */
    public String problem() {
        return "portal.code." + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
