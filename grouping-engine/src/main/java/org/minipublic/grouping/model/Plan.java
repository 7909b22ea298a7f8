package org.minipublic.grouping.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who sits where: {@code tableOf[s][p]} is the table (from 0) of member {@code p} in session {@code s}, and
 * {@code facilitatorTable[s][f]} that of facilitator {@code f}. Indexes follow the order of the problem's lists.
 */
public record Plan(int[][] tableOf, int[][] facilitatorTable) {

    /**
     * The "table" of a member who was not at a session already held (absent, or not yet a member): they met nobody
     * there. Only held sessions have such members; every member has a table in a session being planned.
     */
    public static final int ABSENT = -1;

    public int sessions() {
        return tableOf.length;
    }

    /** The members (indexes) at each table of a session. */
    public List<List<Integer>> tables(int session, int tableCount) {
        List<List<Integer>> tables = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            tables.add(new ArrayList<>());
        }
        for (int p = 0; p < tableOf[session].length; p++) {
            if (tableOf[session][p] != ABSENT) {
                tables.get(tableOf[session][p]).add(p);
            }
        }
        return tables;
    }

    public Plan copy() {
        int[][] members = new int[tableOf.length][];
        int[][] facilitators = new int[facilitatorTable.length][];
        for (int s = 0; s < members.length; s++) {
            members[s] = tableOf[s].clone();
            facilitators[s] = facilitatorTable[s].clone();
        }
        return new Plan(members, facilitators);
    }
}
