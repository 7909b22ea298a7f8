package org.minipublic.app.followup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What staff write about an event. Online events have a join link (http or https) and may leave the place empty;
 * others have a place. No capacity means no limit; no closing time means sign-ups close when it starts.
 */
public record EventDetails(
        String title,
        EventKind kind,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String joinUrl,
        @Nullable Integer capacity,
        @Nullable Instant closesAt) {

    public boolean online() {
        return !joinUrl.isEmpty();
    }

    /** When sign-ups close: the time given, or the start. */
    public Instant signUpsClose() {
        return closesAt != null ? closesAt : startsAt;
    }
}
