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
        List<Table.Needed> needed = new ArrayList<>(List.of(new Table.Needed(idColumn, "--id-column")));
        if (labelColumn != null) {
            needed.add(new Table.Needed(labelColumn, "--label-column"));
        }
        int first = needed.size();
        needed.addAll(Table.Needed.all(attributes, "an attribute"));
        int[] at = table.requireColumns(needed);
        int id = at[0];
        int label = labelColumn == null ? id : at[1];
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            columns.put(attributes.get(i), at[first + i]);
        }
        if (table.rows().isEmpty()) {
            throw InputException.of(table.name(), "there are no people in the file, only a header");
        }
        List<InputProblem> problems = new ArrayList<>();
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
}
