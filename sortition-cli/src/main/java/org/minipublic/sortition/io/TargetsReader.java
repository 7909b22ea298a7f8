package org.minipublic.sortition.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/**
 * Reads targets in the layouts practitioners use: {@code category,name,min,max} (opendlp),
 * {@code feature,value,min,max} (sortition-algorithms) and {@code category,feature,min,max} (the 2021 research data,
 * where "feature" holds the value), each with optional {@code min_flex,max_flex}. Other columns are ignored, as are
 * rows without a category (notes, blank lines).
 */
public final class TargetsReader {

    private TargetsReader() {}

    public static Targets read(Table table) {
        var layout = Layout.of(table);
        List<InputProblem> problems = new ArrayList<>();
        Map<String, List<Target>> byCategory = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        var seen = new java.util.HashSet<String>();
        int flexDefault = 0;
        List<Row> rows = new ArrayList<>();
        for (var row : table.rows()) {
            String category = row.cell(layout.category());
            if (category.isEmpty()) {
                continue;
            }
            String value = row.cell(layout.value());
            var parsed = new Row(
                    row.number(),
                    category,
                    value,
                    number(table, row, layout.min(), "min", problems),
                    number(table, row, layout.max(), "max", problems),
                    layout.minFlex() < 0 ? null : optionalNumber(table, row, layout.minFlex(), "min_flex", problems),
                    layout.maxFlex() < 0 ? null : optionalNumber(table, row, layout.maxFlex(), "max_flex", problems));
            if (value.isEmpty()) {
                problems.add(new InputProblem(table.name(), row.number(), layout.valueHeader(), "the value is empty"));
                continue;
            }
            if (!seen.add(category.toLowerCase(Locale.ROOT) + "\u0000" + value.toLowerCase(Locale.ROOT))) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        layout.valueHeader(),
                        "'" + value + "' appears twice in category '" + category + "'"));
                continue;
            }
            rows.add(parsed);
            if (parsed.max() != null) {
                flexDefault = Math.max(flexDefault, parsed.max());
            }
        }
        for (var row : rows) {
            if (row.min() == null || row.max() == null) {
                continue;
            }
            if (row.min() > row.max()) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        "min",
                        "min " + row.min() + " is larger than max " + row.max() + " for '" + row.value() + "'"));
                continue;
            }
            int minFlex = row.minFlex() == null ? 0 : row.minFlex();
            int maxFlex = row.maxFlex() == null ? Math.max(row.max(), sumOfMaxima(rows)) : row.maxFlex();
            if (minFlex > row.min() || maxFlex < row.max()) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        minFlex > row.min() ? "min_flex" : "max_flex",
                        "min_flex must not exceed min and max_flex must not be below max (got " + minFlex + ".."
                                + maxFlex + " for " + row.min() + ".." + row.max() + ")"));
                continue;
            }
            String key = spelling.computeIfAbsent(row.category().toLowerCase(Locale.ROOT), unused -> row.category());
            byCategory
                    .computeIfAbsent(key, unused -> new ArrayList<>())
                    .add(new Target(key, row.value(), row.min(), row.max(), minFlex, maxFlex));
        }
        if (byCategory.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(table.name(), 0, null, "no targets found"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputProblem.byRow(problems));
        }
        return new Targets(byCategory.entrySet().stream()
                .map(e -> new Category(e.getKey(), e.getValue()))
                .toList());
    }

    /** Without a stated max_flex, a maximum may rise as far as the largest category total (as the Python tools do). */
    private static int sumOfMaxima(List<Row> rows) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        rows.forEach(
                r -> sums.merge(r.category().toLowerCase(Locale.ROOT), r.max() == null ? 0 : r.max(), Integer::sum));
        return sums.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Integer number(Table table, Table.Row row, int column, String header, List<InputProblem> problems) {
        String text = row.cell(column);
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                problems.add(new InputProblem(table.name(), row.number(), header, "'" + text + "' is negative"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(
                    table.name(),
                    row.number(),
                    header,
                    text.isEmpty() ? "the number is missing" : "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private static Integer optionalNumber(
            Table table, Table.Row row, int column, String header, List<InputProblem> problems) {
        return row.cell(column).isEmpty() ? null : number(table, row, column, header, problems);
    }

    private record Row(
            int number, String category, String value, Integer min, Integer max, Integer minFlex, Integer maxFlex) {}

    /** Which columns hold what, found from the header. */
    private record Layout(int category, int value, String valueHeader, int min, int max, int minFlex, int maxFlex) {

        static Layout of(Table table) {
            int min = table.column("min").orElse(-1);
            int max = table.column("max").orElse(-1);
            int category;
            int value;
            String valueHeader;
            if (table.column("feature").isPresent() && table.column("value").isPresent()) {
                category = table.column("feature").get();
                value = table.column("value").get();
                valueHeader = "value";
            } else if (table.column("category").isPresent()
                    && table.column("name").isPresent()) {
                category = table.column("category").get();
                value = table.column("name").get();
                valueHeader = "name";
            } else if (table.column("category").isPresent()
                    && table.column("feature").isPresent()) {
                category = table.column("category").get();
                value = table.column("feature").get();
                valueHeader = "feature";
            } else {
                category = -1;
                value = -1;
                valueHeader = "";
            }
            if (category < 0 || min < 0 || max < 0) {
                throw InputException.of(
                        table.name(),
                        "the header " + table.header()
                                + " is not a targets header: expected category,name,min,max or feature,value,min,max or"
                                + " category,feature,min,max (optionally with min_flex,max_flex)");
            }
            return new Layout(
                    category,
                    value,
                    valueHeader,
                    min,
                    max,
                    table.column("min_flex").orElse(-1),
                    table.column("max_flex").orElse(-1));
        }
    }
}
