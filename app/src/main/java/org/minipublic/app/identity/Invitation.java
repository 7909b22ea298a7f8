package org.minipublic.app.identity;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * A stored team invitation. The link's token is made when the e-mail is written and only its hash is kept, so a
 * database copy cannot be used to join; an invitation to an existing account has no link at all (its holder answers
 * after logging in).
 */
record Invitation(
        InvitationId id,
        AssemblyId assemblyId,
        String email,
        AssemblyRole role,
        Locale language,
        @Nullable String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt,
        @Nullable Instant revokedAt,
        @Nullable Instant declinedAt) {

    static Invitation open(AssemblyId assembly, String email, AssemblyRole role, Locale language, Instant now) {
        return new Invitation(
                InvitationId.random(),
                assembly,
                email,
                role,
                language,
                null,
                now,
                now.plus(TeamInvitations.VALIDITY),
                null,
                null,
                null);
    }

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && revokedAt == null && declinedAt == null && now.isBefore(expiresAt);
    }
}
