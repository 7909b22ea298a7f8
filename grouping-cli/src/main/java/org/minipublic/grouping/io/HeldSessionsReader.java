package org.minipublic.grouping.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    private HeldSessionsReader() {}

    /** @param held the sessions (from 1) to keep as they were */
    public static Map<Integer, HeldSession> read(
            Table table, Set<Integer> held, Set<MemberId> members, List<Integer> tablesPerSession) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> column = new HashMap<>();
        for (String name : List.of("session", "table", "id")) {
            table.column(name)
                    .ifPresentOrElse(
                            c -> column.put(name, c),
                            () -> problems.add(new InputProblem(
                                    table.name(),
                                    1,
                                    name,
                                    "there is no column " + name + "; an allocation file has session,table,id")));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<Integer, Map<MemberId, Integer>> seating = new TreeMap<>();
        for (var row : table.rows()) {
            Integer session = number(table, row, "session", row.cell(column.get("session")), problems);
            Integer t = number(table, row, "table", row.cell(column.get("table")), problems);
            String id = row.cell(column.get("id"));
            if (session == null || t == null || !held.contains(session)) {
                continue;
            }
            if (session > tablesPerSession.size() || t < 1 || t > tablesPerSession.get(session - 1)) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        "table",
                        "session " + session + " has no table " + t + " in the plan being made"));
                continue;
            }
            if (id.isEmpty()) {
                problems.add(new InputProblem(table.name(), row.number(), "id", "the id is empty"));
                continue;
            }
            var member = new MemberId(id);
            if (members.contains(member)
                    && seating.computeIfAbsent(session, s -> new HashMap<>()).put(member, t) != null) {
                problems.add(new InputProblem(
                        table.name(), row.number(), "id", id + " has two seats in session " + session));
            }
        }
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

    private static Integer number(Table table, Table.Row row, String name, String value, List<InputProblem> problems) {
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
}
