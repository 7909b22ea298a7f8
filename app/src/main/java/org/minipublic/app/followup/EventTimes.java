package org.minipublic.app.followup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Event times as people read and type them: local time where the assemblies we serve meet. */
public final class EventTimes {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private EventTimes() {}

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** "5 December 2026, 18:30" in the reader's language. */
    public static String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(local(instant));
    }
}
