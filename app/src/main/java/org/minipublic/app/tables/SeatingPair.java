package org.minipublic.app.tables;

import java.util.Objects;
import java.util.Set;
import org.minipublic.app.members.MemberId;

/**
 * Two members who are kept apart or kept together at every table plan from now on.
 *
 * @param reason why, in the organiser's words (may be sensitive: shown only to those who manage table plans)
 */
public record SeatingPair(PairId id, PairKind kind, MemberId one, MemberId other, String reason) {

    /** The most characters a reason may have: a short note, not a case file. */
    public static final int LONGEST_REASON = 200;

    public SeatingPair {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        reason = reason.strip();
        if (one.equals(other)) {
            throw new IllegalArgumentException("a pair is two different members");
        }
    }

    /** Whether this pair joins these two members, in either order. */
    boolean joins(MemberId a, MemberId b) {
        return (one.equals(a) && other.equals(b)) || (one.equals(b) && other.equals(a));
    }

    /** Whether both members are among these (those still taking part). */
    boolean within(Set<MemberId> active) {
        return active.contains(one) && active.contains(other);
    }

    @Override
    public String toString() {
        return "SeatingPair[" + id + ", " + kind + ", " + one + ", " + other + "]";
    }
}
