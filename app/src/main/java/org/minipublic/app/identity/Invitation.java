package org.minipublic.app.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/** A stored invitation. Only the hash of its link's token is kept, so a database copy cannot be used to join. */
record Invitation(
        InvitationId id,
        AssemblyId assemblyId,
        String email,
        AssemblyRole role,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt,
        @Nullable Instant revokedAt) {

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
