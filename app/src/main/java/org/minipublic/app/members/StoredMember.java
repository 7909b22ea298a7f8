package org.minipublic.app.members;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/** A member's row as stored, everything included; facades turn it into a {@link MemberView} for a reader. */
record StoredMember(
        MemberId id,
        AssemblyId assembly,
        MemberProfile profile,
        String wellbeingNotes,
        Payment payment,
        MemberStatus status,
        @Nullable Withdrawal withdrawal,
        int version) {

    @Override
    public String toString() {
        return "StoredMember[" + id + "]";
    }
}
