package org.minipublic.app.surveys.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Closing times as people read and type them: local time where the assemblies we serve meet. */
final class SurveyTimes {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private SurveyTimes() {}

    static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
