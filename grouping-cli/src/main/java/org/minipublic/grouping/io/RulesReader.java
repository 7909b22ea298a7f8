package org.minipublic.grouping.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.model.FixedSeat;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Rules;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/**
 * Rules, one per row, with the columns {@code rule,a,b,session,table}:
 *
 * <ul>
 *   <li>{@code apart,A,B}: A and B never share a table
 *   <li>{@code together,A,B}: A and B always share a table (rules sharing a member join into one group)
 *   <li>{@code seat,A,,S,T}: A sits at table T in session S (every session when S is empty)
 *   <li>{@code accessible,A}: A needs an accessible table
 *   <li>{@code accessible-table,,,S,T}: table T is accessible in session S (every session when S is empty)
 * </ul>
 */
public final class RulesReader {

    private static final List<String> COLUMNS = List.of("rule", "a", "b", "session", "table");

    private final Table table;
    private final Set<MemberId> members;
    private final List<Integer> tablesPerSession;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Integer> column = new HashMap<>();
    private final List<List<MemberId>> apart = new ArrayList<>();
    private final List<List<MemberId>> together = new ArrayList<>();
    private final List<FixedSeat> seats = new ArrayList<>();
    private final Set<MemberId> needsAccessible = new HashSet<>();
    private final Map<Integer, Set<Integer>> accessibleTables = new HashMap<>();

    private RulesReader(Table table, Set<MemberId> members, List<Integer> tablesPerSession) {
        this.table = table;
        this.members = members;
        this.tablesPerSession = tablesPerSession;
    }

    public static Rules read(Table table, Set<MemberId> members, List<Integer> tablesPerSession) {
        return new RulesReader(table, members, tablesPerSession).read();
    }

    private Rules read() {
        findColumns();
        table.rows().forEach(this::rule);
        if (!problems.isEmpty()) {
            throw new InputException(InputProblem.byRow(problems));
        }
        return new Rules(apart, together, seats, needsAccessible, accessibleTables);
    }

    private void findColumns() {
        int[] at = table.requireColumns(Table.Needed.all(COLUMNS, "a rules file has " + String.join(",", COLUMNS)));
        for (int i = 0; i < at.length; i++) {
            column.put(COLUMNS.get(i), at[i]);
        }
    }

    private void rule(Table.Row row) {
        switch (row.cell(at("rule")).toLowerCase(Locale.ROOT)) {
            case "apart" -> pair(row, apart);
            case "together" -> pair(row, together);
            case "seat" -> seat(row);
            case "accessible" -> accessible(row);
            case "accessible-table" -> accessibleTable(row);
            default ->
                problem(
                        row,
                        "rule",
                        "unknown rule '" + row.cell(at("rule"))
                                + "'; the rules are apart, together, seat, accessible and accessible-table");
        }
    }

    private void pair(Table.Row row, List<List<MemberId>> pairs) {
        MemberId a = member(row, "a");
        MemberId b = member(row, "b");
        if (a != null && b != null) {
            if (a.equals(b)) {
                problem(row, "b", "a rule needs two different people");
            } else {
                pairs.add(List.of(a, b));
            }
        }
    }

    private void seat(Table.Row row) {
        MemberId a = member(row, "a");
        Integer session = session(row);
        Integer t = table(row, session);
        if (a != null && t != null && (session == null || session > 0)) {
            seats.add(new FixedSeat(a, session, t));
        }
    }

    private void accessible(Table.Row row) {
        MemberId a = member(row, "a");
        if (a != null) {
            needsAccessible.add(a);
        }
    }

    private void accessibleTable(Table.Row row) {
        Integer session = session(row);
        Integer t = table(row, session);
        if (t != null && (session == null || session > 0)) {
            accessibleTables
                    .computeIfAbsent(session == null ? 0 : session, s -> new HashSet<>())
                    .add(t);
        }
    }

    private @Nullable MemberId member(Table.Row row, String name) {
        String value = row.cell(at(name));
        if (value.isEmpty()) {
            problem(row, name, "a member's id is needed here");
            return null;
        }
        var id = new MemberId(value);
        if (!members.contains(id)) {
            problem(row, name, "nobody to seat has the id " + value);
            return null;
        }
        return id;
    }

    /** The session, or null for every session; 0 marks a problem already reported. */
    private @Nullable Integer session(Table.Row row) {
        String value = row.cell(at("session"));
        if (value.isEmpty()) {
            return null;
        }
        Integer session = number(row, "session", value);
        if (session == null) {
            return 0;
        }
        if (session < 1 || session > tablesPerSession.size()) {
            problem(row, "session", "there is no session " + value + "; sessions are 1 to " + tablesPerSession.size());
            return 0;
        }
        return session;
    }

    private @Nullable Integer table(Table.Row row, @Nullable Integer session) {
        String value = row.cell(at("table"));
        if (value.isEmpty()) {
            problem(row, "table", "a table number is needed here");
            return null;
        }
        Integer t = number(row, "table", value);
        if (t == null) {
            return null;
        }
        int tables = session == null || session == 0
                ? tablesPerSession.stream().mapToInt(Integer::intValue).min().orElse(0)
                : tablesPerSession.get(session - 1);
        if (t < 1 || t > tables) {
            problem(
                    row,
                    "table",
                    "there is no table " + value + (session == null ? " in every session" : " in session " + session)
                            + "; tables are 1 to " + tables);
            return null;
        }
        return t;
    }

    private @Nullable Integer number(Table.Row row, String name, String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(row, name, "'" + value + "' is not a whole number");
            return null;
        }
    }

    private void problem(Table.Row row, String name, String message) {
        problems.add(new InputProblem(table.name(), row.number(), name, message));
    }

    /** Where a column found by {@code requireColumns} is. */
    private int at(String name) {
        return java.util.Objects.requireNonNull(column.get(name), name);
    }
}
