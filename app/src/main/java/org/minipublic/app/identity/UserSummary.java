package org.minipublic.app.identity;

import java.time.Instant;
import org.minipublic.app.shared.UserId;

/** A user account as administrators see it in the list of users. */
public record UserSummary(
        UserId id, String email, String displayName, boolean platformAdmin, boolean enabled, Instant createdAt) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(
                account.id(),
                account.email(),
                account.displayName(),
                account.platformAdmin(),
                account.enabled(),
                account.createdAt());
    }
}
