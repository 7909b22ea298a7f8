package org.minipublic.app.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded action as the audit log shows it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable UUID actorId,
        String actorLabel,
        @Nullable UUID assemblyId,
        String action,
        String subject,
        @Nullable String before,
        @Nullable String after) {}
