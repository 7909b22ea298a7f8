package org.minipublic.app.reporting.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter form above the audit log; it travels in the query string so a filtered view can be bookmarked. */
record AuditFilter(
        @Nullable String action,
        @Nullable String text,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

    AuditQuery toQuery(@Nullable AssemblyId assemblyId) {
        return new AuditQuery(assemblyId, blankToNull(action), blankToNull(text), from, to);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
