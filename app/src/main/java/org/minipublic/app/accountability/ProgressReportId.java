package org.minipublic.app.accountability;

import java.util.Objects;
import java.util.UUID;

/** Identifies one version (draft or published) of a progress report. */
public record ProgressReportId(UUID value) {

    public ProgressReportId {
        Objects.requireNonNull(value, "id must not be null");
    }

    public static ProgressReportId random() {
        return new ProgressReportId(UUID.randomUUID());
    }

    /** Reads an id from a URL; an id that is not a UUID is refused as bad input. */
    public static ProgressReportId valueOf(String text) {
        return new ProgressReportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
