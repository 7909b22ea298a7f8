package org.minipublic.app.followup.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.followup.Event;
import org.minipublic.app.followup.EventDetails;
import org.minipublic.app.followup.EventKind;
import org.minipublic.app.followup.EventTimes;
import org.minipublic.app.shared.InvalidInputException;

/** An event as typed; times are local (Europe/London), as a {@code datetime-local} field gives them. */
public class EventForm {

    private String title = "";
    private String kind = EventKind.RESIDENT_PANEL.name();
    private String description = "";
    private String starts = "";
    private String ends = "";
    private String place = "";
    private String joinUrl = "";
    private String capacity = "";
    private String closes = "";
    private int version;

    static EventForm of(Event event) {
        var d = event.details();
        var form = new EventForm();
        form.title = d.title();
        form.kind = d.kind().name();
        form.description = d.description();
        form.starts = EventTimes.local(d.startsAt()).toString();
        form.ends = EventTimes.local(d.endsAt()).toString();
        form.place = d.place();
        form.joinUrl = d.joinUrl();
        form.capacity = d.capacity() == null ? "" : d.capacity().toString();
        form.closes = d.signUpsClose().equals(d.startsAt())
                ? ""
                : EventTimes.local(d.signUpsClose()).toString();
        form.version = event.version();
        return form;
    }

    /**
     * The event as typed.
     *
     * @throws InvalidInputException naming the field, when a time or the capacity is not one
     */
    EventDetails details() {
        EventKind chosen;
        try {
            chosen = EventKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "followup.event.kind-missing");
        }
        var start = time("starts", starts);
        var end = time("ends", ends);
        if (start == null || end == null) {
            throw new InvalidInputException(start == null ? "starts" : "ends", "followup.event.time-invalid");
        }
        return new EventDetails(
                title,
                chosen,
                description,
                EventTimes.instant(start),
                EventTimes.instant(end),
                place,
                joinUrl,
                number(),
                closes.isBlank() ? null : EventTimes.instant(required("closes", time("closes", closes))));
    }

    private static LocalDateTime required(String field, @Nullable LocalDateTime time) {
        if (time == null) {
            throw new InvalidInputException(field, "followup.event.time-invalid");
        }
        return time;
    }

    private static @Nullable LocalDateTime time(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "followup.event.time-invalid");
        }
    }

    private @Nullable Integer number() {
        if (capacity.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(capacity.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("capacity", "followup.event.capacity-range");
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStarts() {
        return starts;
    }

    public void setStarts(String starts) {
        this.starts = starts;
    }

    public String getEnds() {
        return ends;
    }

    public void setEnds(String ends) {
        this.ends = ends;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public void setJoinUrl(String joinUrl) {
        this.joinUrl = joinUrl;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
