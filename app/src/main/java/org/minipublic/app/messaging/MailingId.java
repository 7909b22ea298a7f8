package org.minipublic.app.messaging;

import java.util.Objects;
import java.util.UUID;

/** Identifies one mailing. */
public record MailingId(UUID value) {

    public MailingId {
        Objects.requireNonNull(value, "mailing id must not be null");
    }

    public static MailingId random() {
        return new MailingId(UUID.randomUUID());
    }

    public static MailingId valueOf(String text) {
        return new MailingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
