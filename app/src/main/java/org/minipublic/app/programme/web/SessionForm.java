package org.minipublic.app.programme.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.programme.ProgrammeSession;
import org.minipublic.app.programme.SessionDetails;
import org.minipublic.app.programme.Stage;
import org.springframework.validation.Errors;

/** A session as typed: the day by its date, times as HH:MM. Public so that the binder can reach it. */
public class SessionForm {

    private String day = "";
    private String startsAt = "";
    private String endsAt = "";
    private String title = "";
    private String room = "";
    private String stage = Stage.DELIBERATE.name();
    private int version;
    private java.util.List<String> speakers = new java.util.ArrayList<>();
    private String lead = "";

    static SessionForm of(ProgrammeSession session) {
        var form = new SessionForm();
        var details = session.details();
        form.day = details.day().toString();
        form.startsAt = details.startsAt().toString();
        form.endsAt = details.endsAt().toString();
        form.title = details.title();
        form.room = details.room();
        form.stage = details.stage().name();
        form.version = session.version();
        form.lead = session.lead() == null ? "" : session.lead().toString();
        return form;
    }

    /** The speakers ticked and the lead chosen; an id that is not one is refused like an unknown person. */
    org.minipublic.app.programme.SessionPeople people() {
        org.minipublic.app.shared.UserId leader = null;
        if (!lead.isBlank()) {
            try {
                leader = new org.minipublic.app.shared.UserId(java.util.UUID.fromString(lead.strip()));
            } catch (IllegalArgumentException e) {
                throw new org.minipublic.app.shared.InvalidInputException("lead", "programme.session.lead.unknown");
            }
        }
        return new org.minipublic.app.programme.SessionPeople(speakerIds(), leader);
    }

    /** The speakers ticked; an id that is not one is refused like an unknown speaker. */
    java.util.Set<org.minipublic.app.programme.SpeakerId> speakerIds() {
        var ids = new java.util.HashSet<org.minipublic.app.programme.SpeakerId>();
        for (String id : speakers) {
            try {
                ids.add(org.minipublic.app.programme.SpeakerId.valueOf(id));
            } catch (IllegalArgumentException e) {
                throw new org.minipublic.app.shared.InvalidInputException(
                        "speakers", "programme.session.speaker.unknown");
            }
        }
        return ids;
    }

    /** The details, or null after rejecting each field that cannot be read. */
    @Nullable
    SessionDetails toDetails(Errors errors) {
        LocalDate date = null;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue("day", "programme.session.day.unknown");
        }
        var starts = time("startsAt", startsAt, errors);
        var ends = time("endsAt", endsAt, errors);
        Stage chosen = null;
        try {
            chosen = Stage.valueOf(stage);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("stage", "programme.session.stage.unknown");
        }
        if (date == null || starts == null || ends == null || chosen == null) {
            return null;
        }
        return new SessionDetails(date, starts, ends, title, room, chosen);
    }

    private static @Nullable LocalTime time(String field, String typed, Errors errors) {
        try {
            return LocalTime.parse(typed.strip().length() == 4 ? "0" + typed.strip() : typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "programme.session.time.invalid");
            return null;
        }
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public java.util.List<String> getSpeakers() {
        return speakers;
    }

    public void setSpeakers(java.util.List<String> speakers) {
        this.speakers = speakers;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }
}
