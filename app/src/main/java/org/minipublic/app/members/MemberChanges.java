package org.minipublic.app.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edit of a member: their profile and payment, and their wellbeing notes when the editor may see them.
 *
 * @param wellbeingNotes the new notes, or {@code null} to leave them as they are
 */
public record MemberChanges(MemberProfile profile, Payment payment, @Nullable String wellbeingNotes) {

    public MemberChanges {
        wellbeingNotes = wellbeingNotes == null ? null : wellbeingNotes.strip();
    }

    /**
     * The names of the fields that differ, for the audit log: which fields changed, never their values, since the
     * audit log keeps no personal data.
     */
    static List<String> fieldsChanged(
            MemberProfile before, Payment paidBefore, String notesBefore, MemberChanges after) {
        var changed = new ArrayList<String>();
        var now = after.profile();
        add(changed, "name", before.firstName() + "\n" + before.lastName(), now.firstName() + "\n" + now.lastName());
        add(changed, "email", before.email(), now.email());
        add(changed, "phone", before.phone(), now.phone());
        add(changed, "language", before.language(), now.language());
        add(changed, "interpreter", before.interpreter(), now.interpreter());
        add(changed, "access needs", before.accessNeeds(), now.accessNeeds());
        var paid = after.payment();
        add(changed, "honorarium", paidBefore.honorariumPence(), paid.honorariumPence());
        add(changed, "expenses", paidBefore.expensesPence(), paid.expensesPence());
        add(changed, "honorarium paid", paidBefore.honorariumPaid(), paid.honorariumPaid());
        add(changed, "expenses paid", paidBefore.expensesPaid(), paid.expensesPaid());
        if (after.wellbeingNotes() != null) {
            add(changed, "wellbeing notes", notesBefore, after.wellbeingNotes());
        }
        return changed;
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @Override
    public String toString() {
        return "MemberChanges[personal data not shown]";
    }
}
