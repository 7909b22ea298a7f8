package org.minipublic.grouping;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.Rules;

/**
 * Everything a seating plan depends on.
 *
 * @param facilitators spread one per table in every session (not counted in table sizes or make-up)
 * @param diversify attributes in which every table should mirror the assembly
 * @param cluster attributes whose people sit together (people with an empty value are not clustered)
 * @param tablesPerSession the number of tables of each session; members split into tables whose sizes differ by at
 *     most one
 * @param held sessions that have taken place (numbered from 1), kept as they were
 * @param timeLimit when reached, the best plan so far is returned (and the plan may then depend on machine speed)
 * @param band how many seats a table's count of a value may be from its proportional share where possible: 1 unless
 *     the organiser trades make-up for fewer repeated meetings
 */
public record GroupingProblem(
        List<Member> members,
        List<FacilitatorId> facilitators,
        List<String> diversify,
        List<String> cluster,
        List<Integer> tablesPerSession,
        Rules rules,
        Map<Integer, HeldSession> held,
        long seed,
        Duration timeLimit,
        double band) {

    /** Tables within one seat of their share, the band the engine keeps unless told otherwise. */
    public static final double DEFAULT_BAND = 1;

    public GroupingProblem {
        members = List.copyOf(members);
        facilitators = List.copyOf(facilitators);
        diversify = List.copyOf(diversify);
        cluster = List.copyOf(cluster);
        tablesPerSession = List.copyOf(tablesPerSession);
        held = Map.copyOf(held);
        Objects.requireNonNull(rules);
        Objects.requireNonNull(timeLimit);
        if (!(band >= 1 && band <= 100)) {
            throw new IllegalArgumentException("the band must be between 1 and 100 seats, got " + band);
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("there is nobody to seat");
        }
        if (tablesPerSession.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one session");
        }
        // one allocation file lists members and facilitators by id, so an id names one of them only
        var ids = new HashSet<String>();
        for (var member : members) {
            if (!ids.add(member.id().value())) {
                throw new IllegalArgumentException("the id " + member.id() + " appears twice");
            }
        }
        for (var facilitator : facilitators) {
            if (!ids.add(facilitator.value())) {
                throw new IllegalArgumentException(
                        "the facilitator id " + facilitator + " is also used by someone else");
            }
        }
        for (int s = 0; s < tablesPerSession.size(); s++) {
            int tables = tablesPerSession.get(s);
            if (tables < 1 || tables > members.size()) {
                throw new IllegalArgumentException("session " + (s + 1) + " has " + tables + " tables for "
                        + members.size() + " people; it needs between 1 and " + members.size());
            }
        }
    }

    /** Tables of at most {@code tableSize} people (as few tables as that allows), the same in every session. */
    public static List<Integer> tablesForSize(int people, int tableSize, int sessions) {
        if (tableSize < 1) {
            throw new IllegalArgumentException("the table size must be at least 1, got " + tableSize);
        }
        if (tableSize > people) {
            throw new IllegalArgumentException(
                    "the table size " + tableSize + " is larger than the " + people + " people to seat");
        }
        if (sessions < 1) {
            throw new IllegalArgumentException("there must be at least one session, got " + sessions);
        }
        int tables = (people + tableSize - 1) / tableSize;
        return java.util.Collections.nCopies(sessions, tables);
    }

    public int sessions() {
        return tablesPerSession.size();
    }
}
