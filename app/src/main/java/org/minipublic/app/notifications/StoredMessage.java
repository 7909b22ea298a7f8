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

    public enum DeliveryStatus {
        PENDING,
        SENT,
        FAILED
    }
}
