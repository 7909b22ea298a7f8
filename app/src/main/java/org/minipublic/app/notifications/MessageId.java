package org.minipublic.app.notifications;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored e-mail message. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "message id must not be null");
    }

    public static MessageId valueOf(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
