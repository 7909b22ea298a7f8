package org.minipublic.app.assembly;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One day on which the assembly meets. Assemblies meet over several weekends; {@code weekend} numbers them from 1.
 */
public record AssemblyDay(
        int weekend, LocalDate date, LocalTime startsAt, LocalTime endsAt, String venueName, String venueAddress) {

    public AssemblyDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (weekend < 1) {
            throw new IllegalArgumentException("weekends are numbered from 1, was " + weekend);
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a day must end after it starts: " + startsAt + "–" + endsAt);
        }
        venueName = Objects.requireNonNull(venueName, "venueName").trim();
        venueAddress = venueAddress == null ? "" : venueAddress.trim();
        if (venueName.isEmpty()) {
            throw new IllegalArgumentException("a day needs a venue");
        }
    }
}
