package org.minipublic.app.identity;

import java.time.Instant;
import org.minipublic.app.shared.UserId;

/** A stored user account. The password is only ever held as its Argon2id hash. */
record UserAccount(
        UserId id,
        String email,
        String displayName,
        String passwordHash,
        boolean platformAdmin,
        boolean enabled,
        Instant createdAt) {}
