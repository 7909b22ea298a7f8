package org.minipublic.app.recruitment;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a code typed on the public registration pages came to: the invitation it belongs to, nothing (a wrong code),
 * or a wait, when too many codes were tried; a wait says nothing about the code.
 *
 * @param waitMinutes how long to wait before trying again, or 0
 */
public record CodeEntry(@Nullable Invited invited, long waitMinutes) {

    static CodeEntry of(Optional<Invited> invited) {
        return new CodeEntry(invited.orElse(null), 0);
    }

    static CodeEntry waiting(Duration wait) {
        return new CodeEntry(null, Math.max(1, (wait.toSeconds() + 59) / 60));
    }

    public Optional<Invited> invitation() {
        return Optional.ofNullable(invited);
    }

    public boolean mustWait() {
        return waitMinutes > 0;
    }
}
