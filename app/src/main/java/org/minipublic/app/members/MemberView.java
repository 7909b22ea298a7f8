package org.minipublic.app.members;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One member as the reader may see them: what {@link Sight} withholds is blank (contact details, values, payments,
 * the reason for withdrawal, wellbeing notes), so a page cannot show it by mistake. {@code version} goes into the edit
 * form to catch concurrent edits.
 *
 * @param replaces the member whose place this one took, if any
 */
public record MemberView(
        MemberId id,
        MemberProfile profile,
        MemberStatus status,
        @Nullable Withdrawal withdrawal,
        @Nullable MemberId replaces,
        Map<String, String> values,
        Payment payment,
        String wellbeingNotes,
        Set<LocalDate> attended,
        Sight sight,
        int version) {

    public MemberView {
        values = Map.copyOf(values);
        attended = Set.copyOf(attended);
    }

    public String name() {
        return profile.name();
    }

    public boolean attended(LocalDate day) {
        return attended.contains(day);
    }

    public boolean withdrawn() {
        return status == MemberStatus.WITHDRAWN;
    }

    @Override
    public String toString() {
        return "MemberView[" + id + "]";
    }
}
