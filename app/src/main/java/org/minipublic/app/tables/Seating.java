package org.minipublic.app.tables;

import java.util.Map;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.shared.UserId;

/**
 * Who sits at which table (from 1) in one session.
 *
 * @param members each seated member's table
 * @param facilitators each facilitator's table
 */
public record Seating(Map<MemberId, Integer> members, Map<UserId, Integer> facilitators) {

    public Seating {
        members = Map.copyOf(members);
        facilitators = Map.copyOf(facilitators);
    }

    /** The highest table number in use, 0 for an empty seating. */
    public int tables() {
        return members.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
