package org.minipublic.app.accountability.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.MeetingText;
import org.minipublic.app.accountability.ReviewMeeting;

/** A review meeting as typed; the date stays text so that what was typed comes back with its error. */
public class MeetingForm {

    private String heldOn = "";
    private String title = "";
    private String attendees = "";
    private String minutes = "";
    private int version;

    static MeetingForm of(ReviewMeeting meeting) {
        var form = new MeetingForm();
        form.heldOn = meeting.heldOn().toString();
        form.title = meeting.title();
        form.attendees = meeting.attendees();
        form.minutes = meeting.minutes();
        form.version = meeting.version();
        return form;
    }

    MeetingText text() {
        return new MeetingText(date(heldOn), title, attendees, minutes);
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
