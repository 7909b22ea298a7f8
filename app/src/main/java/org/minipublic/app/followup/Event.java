package org.minipublic.app.followup;

import java.time.Instant;
import org.minipublic.app.shared.AssemblyId;

/** One follow-up event with the number of confirmed sign-ups. */
public record Event(
        EventId id, AssemblyId assembly, EventDetails details, EventStatus status, int version, int confirmed) {

    /** Whether every place is taken (never, without a capacity). */
    public boolean full() {
        return details.capacity() != null && confirmed >= details.capacity();
    }

    /** Whether residents may sign up at this moment. */
    public boolean open(Instant now) {
        return status == EventStatus.PUBLISHED && now.isBefore(details.signUpsClose()) && !full();
    }

    public boolean past(Instant now) {
        return !details.endsAt().isAfter(now);
    }
}
