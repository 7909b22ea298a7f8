package org.minipublic.app.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * A filter over the audit log. Every criterion is optional; dates are inclusive days in UTC.
 *
 * @param text matched case-insensitively against the actor, the action code and the subject
 */
public record AuditQuery(
        @Nullable AssemblyId assemblyId,
        @Nullable String action,
        @Nullable String text,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditQuery forAssembly(AssemblyId assemblyId) {
        return new AuditQuery(assemblyId, null, null, null, null);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
