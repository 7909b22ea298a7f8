package org.minipublic.app.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of the report's narrative.
 *
 * @param publishedAt when this version was published, or null for a draft
 */
public record ReportVersion(int number, Narrative narrative, Instant savedAt, @Nullable Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
