package org.minipublic.app.recruitment.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RegistrationSettings;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration settings form. Times are the assembly's local time (Europe/London for now). */
public class SettingsForm {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate closesOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private @Nullable LocalTime closesAt;

    private int perHousehold = 1;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate referenceDate;

    static SettingsForm of(RegistrationSettings settings) {
        var form = new SettingsForm();
        var closes = settings.closesAt();
        if (closes != null) {
            var local = closes.atZone(ZONE);
            form.closesOn = local.toLocalDate();
            form.closesAt = local.toLocalTime();
        }
        form.perHousehold = settings.perHousehold();
        form.referenceDate = settings.referenceDate();
        return form;
    }

    RegistrationSettings toSettings(LocalDate fallbackReference) {
        var closes = closesOn == null
                ? null
                : closesOn.atTime(closesAt == null ? LocalTime.of(23, 59) : closesAt)
                        .atZone(ZONE)
                        .toInstant();
        return new RegistrationSettings(
                closes, perHousehold, referenceDate == null ? fallbackReference : referenceDate);
    }

    public @Nullable LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(@Nullable LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public @Nullable LocalTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(@Nullable LocalTime closesAt) {
        this.closesAt = closesAt;
    }

    public int getPerHousehold() {
        return perHousehold;
    }

    public void setPerHousehold(int perHousehold) {
        this.perHousehold = perHousehold;
    }

    public @Nullable LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(@Nullable LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }
}
