package org.minipublic.app.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.UserId;

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
        @Nullable String after) {

    /** The user this action was about, when its subject is {@link AuditRecord#userSubject(UserId) a user}. */
    public Optional<UserId> subjectUser() {
        if (!subject.startsWith(AuditRecord.USER_SUBJECT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UserId.valueOf(subject.substring(AuditRecord.USER_SUBJECT_PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
