package org.minipublic.sortition.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
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
        var columns = Columns.of(table, targets, idColumn, addressColumns);
        List<InputProblem> problems = new ArrayList<>();
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Integer> idRows = new HashMap<>();
        for (var row : table.rows()) {
            String id = uniqueId(table, row, columns.id(), idRows, problems);
            if (id == null) {
                continue;
            }
            List<String> values = values(table, targets, columns.categories(), row, problems);
            if (values != null) {
                respondents.add(new Respondent(
                        new RespondentId(id),
                        values,
                        household(row, columns.addresses()),
                        row.number() - 1,
                        row.cells()));
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

    /** Where the categories, the id (-1: none, ids are data row numbers) and the address parts are. */
    private record Columns(int[] categories, int id, int[] addresses) {

        static Columns of(Table table, Targets targets, @Nullable String idColumn, List<String> addressColumns) {
            List<Table.Needed> needed = new ArrayList<>(Table.Needed.all(
                    targets.categories().stream().map(Category::name).toList(), "a category of the targets"));
            needed.addAll(Table.Needed.all(addressColumns, "--address-columns"));
            if (idColumn != null) {
                needed.add(new Table.Needed(idColumn, "--id-column"));
            }
            int[] found = table.requireColumns(needed);
            int categories = targets.categories().size();
            return new Columns(
                    Arrays.copyOfRange(found, 0, categories),
                    idColumn != null ? found[found.length - 1] : usualIdColumn(table),
                    Arrays.copyOfRange(found, categories, categories + addressColumns.size()));
        }

        private static int usualIdColumn(Table table) {
            return USUAL_ID_COLUMNS.stream()
                    .flatMap(usual -> table.column(usual).stream())
                    .findFirst()
                    .orElse(-1);
        }
    }

    /** The row's id, or null (with the problem noted) when it is empty or an earlier row has it. */
    private static @Nullable String uniqueId(
            Table table, Table.Row row, int idIndex, Map<String, Integer> idRows, List<InputProblem> problems) {
        String id = idIndex < 0 ? Integer.toString(row.number() - 1) : row.cell(idIndex);
        String header = idIndex < 0 ? null : table.header().get(idIndex);
        if (id.isEmpty()) {
            problems.add(new InputProblem(table.name(), row.number(), header, "the id is empty"));
            return null;
        }
        Integer earlier = idRows.putIfAbsent(id, row.number());
        if (earlier != null) {
            problems.add(new InputProblem(
                    table.name(), row.number(), header, "the id '" + id + "' was already used in row " + earlier));
            return null;
        }
        return id;
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
