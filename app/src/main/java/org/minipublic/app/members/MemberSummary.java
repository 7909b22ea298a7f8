package org.minipublic.app.members;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member as lists show them to everyone who may see members: name, language, needs and attendance, no contact
 * details.
 *
 * @param attended the assembly days (by date) on which they were checked in
 */
public record MemberSummary(
        MemberId id,
        String firstName,
        String lastName,
        String language,
        boolean interpreter,
        String accessNeeds,
        MemberStatus status,
        @Nullable LocalDate withdrawnOn,
        Set<LocalDate> attended) {

    public MemberSummary {
        attended = Set.copyOf(attended);
    }

    public String name() {
        return firstName + " " + lastName;
    }

    public boolean attended(LocalDate day) {
        return attended.contains(day);
    }

    /** Whether they are on the check-in list of this day: active, or withdrawn only after it. */
    public boolean expectedOn(LocalDate day) {
        return withdrawnOn == null || day.isBefore(withdrawnOn);
    }

    public boolean withdrawn() {
        return status == MemberStatus.WITHDRAWN;
    }

    @Override
    public String toString() {
        return "MemberSummary[" + id + "]";
    }
}
