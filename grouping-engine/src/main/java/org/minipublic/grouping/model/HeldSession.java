package org.minipublic.grouping.model;

import java.util.Map;

/**
 * How a session that has taken place was seated: each member's and facilitator's table, numbered from 1. A member with
 * no table here was not there (absent, or not yet a member) and met nobody in it.
 *
 * @param facilitators facilitators' tables; those not named are taken to have sat at the tables in turn (the first at table 1, and so on)
 */
public record HeldSession(Map<MemberId, Integer> members, Map<FacilitatorId, Integer> facilitators) {

    public HeldSession {
        members = Map.copyOf(members);
        facilitators = Map.copyOf(facilitators);
    }

    /** A held session known only by its members' seats. */
    public static HeldSession of(Map<MemberId, Integer> members) {
        return new HeldSession(members, Map.of());
    }
}
