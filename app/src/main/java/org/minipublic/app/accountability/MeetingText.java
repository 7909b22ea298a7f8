package org.minipublic.app.accountability;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A review meeting as typed: when it was held, what it was, who attended (bodies or roles, no names needed) and the
 * minutes.
 *
 * @param heldOn null when no date was given (or it was not a date), which is refused
 */
public record MeetingText(@Nullable LocalDate heldOn, String title, String attendees, String minutes) {

    public MeetingText {
        title = title.strip();
        attendees = attendees.strip();
        minutes = minutes.strip().replace("\r\n", "\n");
    }
}
