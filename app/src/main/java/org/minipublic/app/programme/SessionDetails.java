package org.minipublic.app.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What an organiser writes about a session. Rules that need the assembly's days or its other sessions are checked by
 * {@link Programme}.
 */
public record SessionDetails(
        LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, String room, Stage stage) {

    public SessionDetails {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(stage, "stage");
        title = title.strip();
        room = room.strip();
    }

    /** Whether the two sessions share any minute (one ending as the other starts does not). */
    public boolean overlaps(SessionDetails other) {
        return day.equals(other.day) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
