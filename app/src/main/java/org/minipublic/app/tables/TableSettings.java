package org.minipublic.app.tables;

import java.util.List;
import java.util.Set;
import org.minipublic.app.members.MemberId;

/**
 * How the organiser wants tables made up.
 *
 * @param tables tables in every session planned from now on
 * @param diversify the members' categories in which every table should mirror the assembly
 * @param band how many seats a table's count of a value may be from its share (1 unless fewer repeated meetings matter
 *     more than make-up)
 * @param accessibleTables the tables (from 1) that are accessible
 * @param needsAccessible members who must sit at an accessible table
 * @param interpretersTogether whether members who need an interpreter sit together with others of their language, so
 *     that one interpreter serves them
 * @param seatsPerTable the most members a table can seat, or 0 when the room sets no limit
 */
public record TableSettings(
        int tables,
        List<String> diversify,
        double band,
        Set<Integer> accessibleTables,
        Set<MemberId> needsAccessible,
        boolean interpretersTogether,
        int seatsPerTable) {

    public static final int MOST_TABLES = 100;
    public static final double WIDEST_BAND = 10;

    /** Seats per table that practitioners aim for when nothing is set yet. */
    static final int USUAL_TABLE_SIZE = 8;

    /** Settings with no limit on seats per table. */
    public TableSettings(
            int tables,
            List<String> diversify,
            double band,
            Set<Integer> accessibleTables,
            Set<MemberId> needsAccessible,
            boolean interpretersTogether) {
        this(tables, diversify, band, accessibleTables, needsAccessible, interpretersTogether, 0);
    }

    public TableSettings {
        diversify = List.copyOf(diversify);
        accessibleTables = Set.copyOf(accessibleTables);
        needsAccessible = Set.copyOf(needsAccessible);
    }

    /** Whether the tables can seat this many members (always, when seats are not limited). */
    public boolean seats(int members) {
        return seatsPerTable == 0 || (long) tables * seatsPerTable >= members;
    }

    /** Tables of about eight, every category diversified, no accessible tables named, interpreters together. */
    static TableSettings defaults(int members, List<String> categories) {
        int tables = Math.max(1, Math.min(MOST_TABLES, (members + USUAL_TABLE_SIZE - 1) / USUAL_TABLE_SIZE));
        return new TableSettings(tables, categories, 1, Set.of(), Set.of(), true);
    }
}
