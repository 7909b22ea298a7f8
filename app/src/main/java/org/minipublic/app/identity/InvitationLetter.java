package org.minipublic.app.identity;

import java.util.Locale;
import org.minipublic.app.shared.AssemblyId;

/**
 * What the e-mail for an open team invitation says, in the language the organiser chose.
 *
 * @param link where the invitee answers: a one-time link that creates their account, or, when the address already
 *     has an account, the page they find their invitations on after logging in
 * @param oneTime whether {@code link} carries a secret token; such a link must reach the e-mail and nothing else
 */
public record InvitationLetter(
        InvitationId invitationId,
        AssemblyId assemblyId,
        String email,
        AssemblyRole role,
        Locale language,
        String link,
        boolean oneTime) {

    @Override
    public String toString() {
        return "InvitationLetter[" + invitationId + "]"; // neither the address nor the link belong in a log
    }
}
