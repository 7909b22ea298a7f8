package org.minipublic.app.deliberation;

import java.time.LocalDate;
import java.util.UUID;

/** A period in which professionals comment on the drafts, up to and including its deadline. */
public record ReviewRound(UUID id, LocalDate deadline, String openedBy) {

    public boolean openOn(LocalDate day) {
        return !day.isAfter(deadline);
    }
}
