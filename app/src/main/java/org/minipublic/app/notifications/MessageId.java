package org.minipublic.app.notifications;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a message the notifications module sent: a stored e-mail, or a text message (texts are not stored; the
 * id names the text's outbox file, so that it can be deleted with the person's data).
 */
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
