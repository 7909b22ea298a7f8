package org.minipublic.app.accountability;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A step of an action with the date it is due, and the date it was done. */
public record Milestone(UUID id, String title, LocalDate dueOn, @Nullable LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdue(LocalDate today) {
        return doneOn == null && today.isAfter(dueOn);
    }
}
