package org.minipublic.app.members;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member stopping: from which date, why (in the organiser's words, seen only by the team that manages members), and
 * optionally who replaced them.
 */
public record Withdrawal(LocalDate on, String reason, @Nullable MemberId replacement) {

    public static final int MAX_REASON = 1000;

    public Withdrawal {
        reason = reason.strip();
    }

    /** Whether the member is still expected on this day: withdrawing on a day means not coming that day. */
    public boolean stillExpectedOn(LocalDate day) {
        return day.isBefore(on);
    }

    @Override
    public String toString() {
        return "Withdrawal[on " + on + ", replacement " + replacement + "]";
    }
}
