package org.minipublic.app.shared;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who performs a state-changing action, as the audit log records it: a logged-in user, or the system itself
 * (start-up tasks, demo data, scheduled jobs).
 *
 * @param userId the acting user, or {@code null} for the system
 * @param label how the audit log names the actor (a user's display name at the time of the action)
 */
public record Actor(@Nullable UserId userId, String label) implements Serializable {

    public Actor {
        Objects.requireNonNull(label, "actor label must not be null");
        if (label.isBlank()) {
            throw new IllegalArgumentException("actor label must not be blank");
        }
    }

    public static Actor system() {
        return new Actor(null, "system");
    }

    public static Actor user(UserId userId, String displayName) {
        return new Actor(Objects.requireNonNull(userId), displayName);
    }

    public boolean isSystem() {
        return userId == null;
    }
}
