package org.minipublic.app.programme;

import java.util.Objects;
import java.util.UUID;

/** Identifies one session of a programme. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "session id must not be null");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /** Reads a session id from a URL; an id that is not a UUID is refused as bad input. */
    public static SessionId valueOf(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
