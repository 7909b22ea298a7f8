package org.minipublic.grouping.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Held sessions as arrays: each member's and facilitator's table (from 0), null for the sessions being planned. */
final class HeldSeating {

    private HeldSeating() {}

    /**
     * Each held session's table per member, {@link Plan#ABSENT} for whoever the held seating does not name (they were
     * not there); seats of people who have since left are dropped.
     */
    static int[][] memberTables(Map<Integer, HeldSession> held, Map<MemberId, Integer> index, int[] tables) {
        int[][] heldTable = new int[tables.length][];
        held.forEach((session, seating) -> {
            int s = Layout.session(session, tables.length);
            heldTable[s] = new int[index.size()];
            Arrays.fill(heldTable[s], Plan.ABSENT);
            seating.members().forEach((member, table) -> {
                Integer p = index.get(member);
                if (p != null) {
                    heldTable[s][p] = Layout.table(table, tables[s], s);
                }
            });
        });
        return heldTable;
    }

    /** Facilitators the held seating does not name are taken to have sat at the tables in turn. */
    static int[][] facilitatorTables(Map<Integer, HeldSession> held, List<FacilitatorId> facilitators, int[] tables) {
        int[][] heldTable = new int[tables.length][];
        held.forEach((session, seating) -> {
            int s = Layout.session(session, tables.length);
            heldTable[s] = new int[facilitators.size()];
            for (int f = 0; f < heldTable[s].length; f++) {
                Integer table = seating.facilitators().get(facilitators.get(f));
                heldTable[s][f] = table == null ? f % tables[s] : Layout.table(table, tables[s], s);
            }
        });
        return heldTable;
    }

    /** The sizes the tables of a held session had: only those who were there count. */
    static int[] sizes(int[] heldTable, int tables) {
        int[] size = new int[tables];
        for (int t : heldTable) {
            if (t != Plan.ABSENT) {
                size[t]++;
            }
        }
        return size;
    }
}
