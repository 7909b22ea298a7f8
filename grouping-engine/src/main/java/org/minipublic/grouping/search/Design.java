package org.minipublic.grouping.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.grouping.model.Layout;

/**
 * Seats in which no two people ever share a table twice, built rather than searched for, when the plan's shape allows:
 * every session has the same number g of tables, a prime or a power of one (2, 3, 4, 5, 7, 8, 9, 11, 13, 16 …), no
 * table seats more than g, and there are at most g sessions (g + 1 when there are exactly g × g people). Number the
 * seats (i, j): table i, place j at that table, both taken as elements of the field with g elements. In session k the
 * seat (i, j) goes to table i + k·j. Two seats in different places j ≠ j' share a table only in the one session k
 * with k·(j − j') = i' − i, which is unique because j − j' has an inverse; two seats in the same place never do. With
 * g × g people, one more session seats each place together. (This is the affine plane of order g, or when tables are
 * smaller a resolvable transversal design.) Searching finds such plans only for small g.
 */
public final class Design {

    /** Seat swaps tried per member when looking for seats that keep every table within its band. */
    private static final long MAPPING_MOVES_PER_MEMBER = 20_000;

    private Design() {}

    /**
     * A plan where nobody meets anyone twice and every table is within its band, when the shape allows such a design
     * (see above), the plan has no rules, clusters or held sessions, and the members can be placed on its seats so
     * that every table mirrors the assembly.
     *
     * @param deadline when to give up looking for seats, from {@link System#nanoTime()}
     * @return each member's table in every session, or empty
     */
    public static Optional<int[][]> plan(Layout layout, RandomGenerator random, long deadline) {
        if (!plain(layout)) {
            return Optional.empty();
        }
        return seats(layout)
                .flatMap(seats ->
                        SeatMapping.seat(layout, seats, random, MAPPING_MOVES_PER_MEMBER * layout.members(), deadline));
    }

    /** Whether nothing but the make-up constrains who sits where. */
    private static boolean plain(Layout layout) {
        for (int p = 0; p < layout.members(); p++) {
            if (layout.apart()[p].length > 0 || layout.needsAccessible()[p]) {
                return false;
            }
            for (int s = 0; s < layout.sessions(); s++) {
                if (layout.settled(s, p)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @return {@code table[s][seat]} for every session, seats numbered 0 to members − 1, tables sized as in the
     *     layout; empty when the shape does not allow it
     */
    static Optional<int[][]> seats(Layout layout) {
        int sessions = layout.sessions();
        int n = layout.members();
        int g = layout.tables()[0];
        int places = (n + g - 1) / g;
        Optional<Field> field = Field.of(g);
        if (!sameTablesInEverySession(layout)
                || field.isEmpty()
                || places < 2
                || places > g
                || sessions > g + (n == g * g ? 1 : 0)) {
            return Optional.empty();
        }
        int[][] table = new int[sessions][];
        for (int k = 0; k < sessions; k++) {
            table[k] = fullTablesFirst(session(field.get(), k, n, g, places), g, places);
        }
        return Optional.of(table);
    }

    private static boolean sameTablesInEverySession(Layout layout) {
        return Arrays.stream(layout.tables()).allMatch(t -> t == layout.tables()[0]);
    }

    /** Session k's table for each seat (i, j): i + k·j in the field, or j in the extra session k = g. */
    private static int[] session(Field f, int k, int n, int g, int places) {
        // the seats left empty are places (i, places − 1) for the first few i: never two at one table
        int empty = g * places - n;
        int[] raw = new int[n];
        for (int seat = 0; seat < n; seat++) {
            int i = seat % g;
            int j = seat / g;
            if (seat >= g * (places - 1)) {
                i = empty + (seat - g * (places - 1)); // the last place is taken from table `empty` onwards
            }
            raw[seat] = k == g ? j : f.plus(i, f.times(k, j));
        }
        return raw;
    }

    /** Renumbers a session's tables so that the full ones come first, as the layout sizes them. */
    private static int[] fullTablesFirst(int[] raw, int g, int places) {
        int[] count = new int[g];
        for (int t : raw) {
            count[t]++;
        }
        int[] renamed = new int[g];
        int next = 0;
        for (int full = 1; full >= 0; full--) {
            for (int t = 0; t < g; t++) {
                if ((count[t] == places) == (full == 1)) {
                    renamed[t] = next++;
                }
            }
        }
        int[] table = new int[raw.length];
        for (int seat = 0; seat < raw.length; seat++) {
            table[seat] = renamed[raw[seat]];
        }
        return table;
    }
}
