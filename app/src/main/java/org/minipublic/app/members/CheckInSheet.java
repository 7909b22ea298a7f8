package org.minipublic.app.members;

import java.util.List;
import org.minipublic.app.assembly.AssemblyDay;

/**
 * The check-in list of one day: everyone expected that day (members not withdrawn by then), in name order.
 *
 * @param number the day's place in the assembly, from 1
 * @param days all the assembly's days, for moving between their lists
 */
public record CheckInSheet(AssemblyDay day, int number, List<CheckInRow> rows, List<AssemblyDay> days) {

    public CheckInSheet {
        rows = List.copyOf(rows);
        days = List.copyOf(days);
    }

    public CheckInCount count() {
        return new CheckInCount(present(), expected());
    }

    public long present() {
        return rows.stream().filter(CheckInRow::present).count();
    }

    public int expected() {
        return rows.size();
    }
}
