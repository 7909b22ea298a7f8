package org.minipublic.app.accountability;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a progress report over a period: its narrative introduction, and whether and when it was
 * published. Drafts are changed until published; a published version stays as it is, and a new draft may follow it.
 */
public record ProgressReport(
        ProgressReportId id,
        LocalDate periodStart,
        LocalDate periodEnd,
        String intro,
        Instant createdAt,
        @Nullable Instant publishedAt,
        int version) {

    public boolean published() {
        return publishedAt != null;
    }

    public LocalDate lastDay() {
        return periodEnd.minusDays(1);
    }
}
