package org.minipublic.grouping.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practical rules of a plan, all hard: they hold in every session.
 *
 * @param keepApart pairs who must never share a table
 * @param keepTogether groups who always share a table (members who share an interpreter, a carer and the member cared
 *     for)
 * @param fixedSeats members who must sit at a given table
 * @param needsAccessibleTable members who must sit at an accessible table
 * @param accessibleTables the accessible tables (numbered from 1) of each session (numbered from 1); the key 0 means
 *     every session
 */
public record Rules(
        List<List<MemberId>> keepApart,
        List<List<MemberId>> keepTogether,
        List<FixedSeat> fixedSeats,
        Set<MemberId> needsAccessibleTable,
        Map<Integer, Set<Integer>> accessibleTables) {

    public Rules {
        keepApart = List.copyOf(keepApart);
        keepTogether = List.copyOf(keepTogether);
        fixedSeats = List.copyOf(fixedSeats);
        needsAccessibleTable = Set.copyOf(needsAccessibleTable);
        accessibleTables = Map.copyOf(accessibleTables);
    }

    public static Rules none() {
        return new Rules(List.of(), List.of(), List.of(), Set.of(), Map.of());
    }

    /** The accessible tables of a session (1-based), including those accessible in every session. */
    public Set<Integer> accessibleIn(int session) {
        var tables = new java.util.HashSet<Integer>(accessibleTables.getOrDefault(0, Set.of()));
        tables.addAll(accessibleTables.getOrDefault(session, Set.of()));
        return tables;
    }
}
