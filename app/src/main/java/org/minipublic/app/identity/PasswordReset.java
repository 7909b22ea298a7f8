package org.minipublic.app.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;

/**
 * A stored password reset. Only the hash of its link's token is kept (made when the e-mail is written), so a copy
 * of the database cannot be used to take over an account.
 *
 * @param requestedBy the administrator who sent it, or {@code null} when the user asked
 */
record PasswordReset(
        PasswordResetId id,
        UserId userId,
        @Nullable UserId requestedBy,
        String language,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {

    boolean isOpenAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
