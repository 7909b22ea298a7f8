package org.minipublic.app.tables;

import java.util.List;
import org.minipublic.app.programme.ProgrammeSession;

/**
 * A session with its tables; empty tables when it has no plan yet.
 *
 * @param locked whether its seating is kept as it is when the rest is planned again
 * @param shown whether members see its plan (their table) on the portal
 */
public record SessionTables(ProgrammeSession session, boolean locked, boolean shown, List<TableSeats> tables) {

    public SessionTables {
        tables = List.copyOf(tables);
    }

    public boolean planned() {
        return !tables.isEmpty();
    }
}
