package org.minipublic.sortition.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.Table;

/**
 * Maps the reference fixtures, which are well-formed, to the engine's records the way sortition-cli's readers do
 * (values spelled as the targets spell them, households from address columns), without their checks and messages.
 */
final class FixtureReader {

    private FixtureReader() {}

    /** Rows without a category are notes. Without min_flex/max_flex a minimum may fall to 0 and a maximum rise to the panel size. */
    static Targets targets(Table table, String categoryColumn, String valueColumn, int panelSize) {
        Map<String, List<Target>> byCategory = new LinkedHashMap<>();
        for (var row : table.rows()) {
            String category = row.cell(column(table, categoryColumn));
            if (category.isEmpty()) {
                continue; // a note below the targets
            }
            int min = number(table, row, "min", 0);
            int max = number(table, row, "max", 0);
            byCategory
                    .computeIfAbsent(category, unused -> new ArrayList<>())
                    .add(new Target(
                            category,
                            row.cell(column(table, valueColumn)),
                            min,
                            max,
                            number(table, row, "min_flex", 0),
                            number(table, row, "max_flex", Math.max(max, panelSize))));
        }
        return new Targets(byCategory.entrySet().stream()
                .map(e -> new Category(e.getKey(), e.getValue()))
                .toList());
    }

    static Pool pool(Table table, Targets targets, String idColumn, List<String> addressColumns) {
        List<Respondent> people = new ArrayList<>();
        for (var row : table.rows()) {
            String id = idColumn == null ? Integer.toString(row.number() - 1) : row.cell(column(table, idColumn));
            List<String> values = targets.categories().stream()
                    .map(c -> spelling(c, row.cell(column(table, c.name()))))
                    .toList();
            people.add(new Respondent(
                    new RespondentId(id),
                    values,
                    household(table, row, addressColumns),
                    row.number() - 1,
                    row.cells()));
        }
        return new Pool(people, table.header());
    }

    private static String spelling(Category category, String value) {
        return category.targets().get(category.indexOf(value).orElseThrow()).value();
    }

    private static String household(Table table, Table.Row row, List<String> addressColumns) {
        List<String> parts = addressColumns.stream()
                .map(a -> row.cell(column(table, a)).toLowerCase(Locale.ROOT))
                .toList();
        return addressColumns.isEmpty() || parts.stream().allMatch(String::isEmpty)
                ? null
                : String.join("\u0000", parts);
    }

    private static int number(Table table, Table.Row row, String column, int absent) {
        var index = table.column(column);
        return index.isEmpty() || row.cell(index.get()).isEmpty() ? absent : Integer.parseInt(row.cell(index.get()));
    }

    private static int column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new IllegalArgumentException(table.name() + " has no " + name));
    }
}
