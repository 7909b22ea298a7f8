package org.minipublic.app.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message as the outbox page shows it. */
public record StoredMessage(
        MessageId id,
        Instant createdAt,
        String recipient,
        String subject,
        String body,
        DeliveryStatus status,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant sentAt) {

    /** Whether one-time links were removed from the stored body (the recipient got them in full). */
    public boolean hasRemovedLinks() {
        return body.contains(Mail.REMOVED);
    }

    public enum DeliveryStatus {
        PENDING,
        SENT,
        FAILED
    }
}
