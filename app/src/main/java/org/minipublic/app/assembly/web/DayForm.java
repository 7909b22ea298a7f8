package org.minipublic.app.assembly.web;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.assembly.AssemblyDay;
import org.springframework.format.annotation.DateTimeFormat;

/** One row of the days table in the assembly form. A row left completely empty is ignored. */
public class DayForm {

    private @Nullable Integer weekend;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;

    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private @Nullable LocalTime startsAt;

    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private @Nullable LocalTime endsAt;

    private String venueName = "";
    private String venueAddress = "";
    private boolean remove;

    static DayForm of(AssemblyDay day) {
        var form = new DayForm();
        form.weekend = day.weekend();
        form.date = day.date();
        form.startsAt = day.startsAt();
        form.endsAt = day.endsAt();
        form.venueName = day.venueName();
        form.venueAddress = day.venueAddress();
        return form;
    }

    /** True when the organiser left the row empty or ticked "remove": the row is not saved. */
    boolean isIgnored() {
        return remove
                || (weekend == null
                        && date == null
                        && startsAt == null
                        && endsAt == null
                        && blank(venueName)
                        && blank(venueAddress));
    }

    @SuppressWarnings("NullAway") // called only after validation has checked every field
    AssemblyDay toDay() {
        return new AssemblyDay(weekend, date, startsAt, endsAt, venueName, venueAddress);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    public @Nullable Integer getWeekend() {
        return weekend;
    }

    public void setWeekend(@Nullable Integer weekend) {
        this.weekend = weekend;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(@Nullable LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public @Nullable LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(@Nullable LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(@Nullable String venueName) {
        this.venueName = venueName == null ? "" : venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(@Nullable String venueAddress) {
        this.venueAddress = venueAddress == null ? "" : venueAddress;
    }

    public boolean isRemove() {
        return remove;
    }

    public void setRemove(boolean remove) {
        this.remove = remove;
    }
}
