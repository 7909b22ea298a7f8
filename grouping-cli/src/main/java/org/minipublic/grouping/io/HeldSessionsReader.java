package org.minipublic.grouping.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/**
 * The seating of sessions already held, from an earlier {@code allocation.csv} ({@code session,table,id}). Rows of
 * members no longer in the assembly are skipped: they were there then, but nobody needs a seat for them now. Members
 * with no row in a held session were not there (absent, or not yet members) and met nobody in it.
 */
public final class HeldSessionsReader {

    private final Table table;
    private final Set<Integer> held;
    private final Set<MemberId> members;
    private final List<Integer> tablesPerSession;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Integer> column = new HashMap<>();
    private final Map<Integer, Map<MemberId, Integer>> seating = new TreeMap<>();

    private HeldSessionsReader(Table table, Set<Integer> held, Set<MemberId> members, List<Integer> tablesPerSession) {
        this.table = table;
        this.held = held;
        this.members = members;
        this.tablesPerSession = tablesPerSession;
    }

    /** @param held the sessions (from 1) to keep as they were */
    public static Map<Integer, HeldSession> read(
            Table table, Set<Integer> held, Set<MemberId> members, List<Integer> tablesPerSession) {
        return new HeldSessionsReader(table, held, members, tablesPerSession).read();
    }

    private Map<Integer, HeldSession> read() {
        findColumns();
        table.rows().forEach(this::seat);
        for (int session : held) {
            if (!seating.containsKey(session)) {
                problems.add(new InputProblem(
                        table.name(),
                        0,
                        null,
                        "session " + session + " is to be kept as held, but the file has no seats for it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputProblem.byRow(problems));
        }
        Map<Integer, HeldSession> sessions = new TreeMap<>();
        seating.forEach((session, seats) -> sessions.put(session, HeldSession.of(seats)));
        return sessions;
    }

    private void findColumns() {
        var names = List.of("session", "table", "id");
        int[] at = table.requireColumns(Table.Needed.all(names, "an allocation file has session,table,id"));
        for (int i = 0; i < at.length; i++) {
            column.put(names.get(i), at[i]);
        }
    }

    /** One row's seat, kept when its session is held and the member is still in the assembly. */
    private void seat(Table.Row row) {
        Integer session = number(row, "session");
        Integer t = number(row, "table");
        String id = row.cell(at("id"));
        if (session == null || t == null || !held.contains(session)) {
            return;
        }
        if (session > tablesPerSession.size() || t < 1 || t > tablesPerSession.get(session - 1)) {
            problems.add(new InputProblem(
                    table.name(),
                    row.number(),
                    "table",
                    "session " + session + " has no table " + t + " in the plan being made"));
        } else if (id.isEmpty()) {
            problems.add(new InputProblem(table.name(), row.number(), "id", "the id is empty"));
        } else {
            var member = new MemberId(id);
            if (members.contains(member)
                    && seating.computeIfAbsent(session, s -> new HashMap<>()).put(member, t) != null) {
                problems.add(new InputProblem(
                        table.name(), row.number(), "id", id + " has two seats in session " + session));
            }
        }
    }

    private @Nullable Integer number(Table.Row row, String name) {
        String value = row.cell(at(name));
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(
                    new InputProblem(table.name(), row.number(), name, "'" + value + "' is not a number from 1 up"));
            return null;
        }
    }

    /** Where a column found by {@code requireColumns} is. */
    private int at(String name) {
        return java.util.Objects.requireNonNull(column.get(name), name);
    }
}
