package org.minipublic.grouping.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/** Members to seat, one row each; the attribute columns are those to diversify or cluster. */
public final class MembersReader {

    private MembersReader() {}

    /**
     * @param labelColumn the column shown on plans and name cards; the id when null
     * @param attributes the columns to diversify or cluster by
     */
    public static List<Member> read(
            Table table, String idColumn, @Nullable String labelColumn, List<String> attributes) {
        List<InputProblem> problems = new ArrayList<>();
        Integer id = column(table, idColumn, "--id-column", problems);
        Integer label = labelColumn == null ? id : column(table, labelColumn, "--label-column", problems);
        Map<String, Integer> columns = attributeColumns(table, attributes, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (table.rows().isEmpty()) {
            throw InputException.of(table.name(), "there are no people in the file, only a header");
        }
        List<Member> members = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (var row : table.rows()) {
            String value = uniqueId(table, row, id, idColumn, seen, problems);
            if (value != null) {
                members.add(member(row, value, label, columns));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputProblem.byRow(problems));
        }
        return members;
    }

    private static Map<String, Integer> attributeColumns(
            Table table, List<String> attributes, List<InputProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String attribute : attributes) {
            Integer c = column(table, attribute, "an attribute", problems);
            if (c != null) {
                columns.put(attribute, c);
            }
        }
        return columns;
    }

    private static Member member(Table.Row row, String id, int label, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((name, c) -> values.put(name, row.cell(c)));
        String shown = row.cell(label);
        return new Member(new MemberId(id), shown.isEmpty() ? id : shown, values);
    }

    /**
     * The row's id, or null (with the problem noted) when it is empty or an earlier row has it.
     *
     * @param seen the ids of the rows before, with their row numbers; this row's is added
     */
    static @Nullable String uniqueId(
            Table table,
            Table.Row row,
            int id,
            String idColumn,
            Map<String, Integer> seen,
            List<InputProblem> problems) {
        String value = row.cell(id);
        if (value.isEmpty()) {
            problems.add(new InputProblem(table.name(), row.number(), idColumn, "the id is empty"));
            return null;
        }
        Integer first = seen.putIfAbsent(value, row.number());
        if (first != null) {
            problems.add(new InputProblem(
                    table.name(), row.number(), idColumn, "the id " + value + " is already used in row " + first));
            return null;
        }
        return value;
    }

    static @Nullable Integer column(Table table, String name, String what, List<InputProblem> problems) {
        var column = table.column(name);
        if (column.isEmpty()) {
            problems.add(new InputProblem(
                    table.name(),
                    1,
                    name,
                    "there is no column " + name + " (" + what + "); the columns are "
                            + String.join(", ", table.header())));
            return null;
        }
        return column.get();
    }
}
