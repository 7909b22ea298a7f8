package org.minipublic.sortition.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/**
 * Reads the people file: one row per respondent, a column per category, an id column, and any other columns (kept
 * for the outputs). Values match the targets after trimming, ignoring case. Respondents with the same non-empty
 * address (all address columns together, ignoring case) form a household; an empty address is no household.
 */
public final class PeopleReader {

    /** Id columns recognised when none is named, in the order tried (as the Python tools do). */
    static final List<String> USUAL_ID_COLUMNS = List.of("id", "unique_id", "nationbuilder_id");

    private PeopleReader() {}

    /**
     * @param idColumn the id column; when {@code null}, a usual id column if present, else ids are data row numbers
     */
    public static Pool read(Table table, Targets targets, @Nullable String idColumn, List<String> addressColumns) {
        List<InputProblem> problems = new ArrayList<>();
        int[] categoryColumns = categoryColumns(table, targets, problems);
        int idIndex = idColumn(table, idColumn, problems);
        int[] addressIndexes = addressColumns.stream()
                .mapToInt(column -> table.column(column).orElseGet(() -> {
                    problems.add(new InputProblem(
                            table.name(),
                            1,
                            column,
                            "there is no address column '" + column + "' (columns: " + table.header() + ")"));
                    return -1;
                }))
                .toArray();
        if (!problems.isEmpty()) {
            throw new InputException(InputProblem.byRow(problems));
        }
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Integer> idRows = new HashMap<>();
        for (var row : table.rows()) {
            String id = idIndex < 0 ? Integer.toString(row.number() - 1) : row.cell(idIndex);
            if (id.isEmpty()) {
                problems.add(new InputProblem(
                        table.name(), row.number(), table.header().get(idIndex), "the id is empty"));
                continue;
            }
            Integer earlier = idRows.putIfAbsent(id, row.number());
            if (earlier != null) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        idIndex < 0 ? null : table.header().get(idIndex),
                        "the id '" + id + "' was already used in row " + earlier));
                continue;
            }
            List<String> values = values(table, targets, categoryColumns, row, problems);
            if (values != null) {
                respondents.add(new Respondent(
                        new RespondentId(id), values, household(row, addressIndexes), row.number() - 1, row.cells()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputProblem.byRow(problems));
        }
        if (respondents.isEmpty()) {
            throw InputException.of(table.name(), "the file has no respondents");
        }
        return new Pool(respondents, table.header());
    }

    private static int[] categoryColumns(Table table, Targets targets, List<InputProblem> problems) {
        return targets.categories().stream()
                .mapToInt(category -> table.column(category.name()).orElseGet(() -> {
                    problems.add(new InputProblem(
                            table.name(),
                            1,
                            null,
                            "there is no column for category '" + category.name() + "' (columns: " + table.header()
                                    + ")"));
                    return -1;
                }))
                .toArray();
    }

    private static int idColumn(Table table, @Nullable String idColumn, List<InputProblem> problems) {
        if (idColumn != null) {
            return table.column(idColumn).orElseGet(() -> {
                problems.add(new InputProblem(
                        table.name(),
                        1,
                        idColumn,
                        "there is no id column '" + idColumn + "' (columns: " + table.header() + ")"));
                return -1;
            });
        }
        for (String usual : USUAL_ID_COLUMNS) {
            var found = table.column(usual);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return -1;
    }

    private static @Nullable List<String> values(
            Table table, Targets targets, int[] columns, Table.Row row, List<InputProblem> problems) {
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (int c = 0; c < columns.length; c++) {
            var category = targets.categories().get(c);
            String raw = row.cell(columns[c]);
            var index = category.indexOf(raw);
            if (index.isEmpty()) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        table.header().get(columns[c]),
                        "'" + raw + "' is not a value of category '" + category.name() + "' (expected: "
                                + String.join(", ", category.valueNames()) + ")"));
                ok = false;
            } else {
                values.add(category.targets().get(index.get()).value());
            }
        }
        return ok ? values : null;
    }

    private static @Nullable String household(Table.Row row, int[] addressIndexes) {
        if (addressIndexes.length == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int column : addressIndexes) {
            parts.add(row.cell(column).toLowerCase(Locale.ROOT));
        }
        return parts.stream().allMatch(String::isEmpty) ? null : String.join("\u0000", parts);
    }
}
