package org.minipublic.sortition.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
        List<Row> rows = distinctRows(table, layout, problems);
        Map<String, List<Target>> byCategory = targetsByCategory(table, rows, problems);
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

    /** The rows with a category, read; a row without a value, or with a value its category has had, is a problem. */
    private static List<Row> distinctRows(Table table, Layout layout, List<InputProblem> problems) {
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (var row : table.rows()) {
            if (row.cell(layout.category()).isEmpty()) {
                continue; // notes and blank lines
            }
            var parsed = Row.of(table, layout, row, problems);
            if (parsed.value().isEmpty()) {
                problems.add(new InputProblem(table.name(), row.number(), layout.valueHeader(), "the value is empty"));
            } else if (!seen.add(lowerCase(parsed.category()) + "\u0000" + lowerCase(parsed.value()))) {
                problems.add(new InputProblem(
                        table.name(),
                        row.number(),
                        layout.valueHeader(),
                        "'" + parsed.value() + "' appears twice in category '" + parsed.category() + "'"));
            } else {
                rows.add(parsed);
            }
        }
        return rows;
    }

    /** The valid rows' targets, per category in the order met, spelled as the category's first row spells it. */
    private static Map<String, List<Target>> targetsByCategory(
            Table table, List<Row> rows, List<InputProblem> problems) {
        int defaultMaxFlex = sumOfMaxima(rows);
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<Target>> byCategory = new LinkedHashMap<>();
        for (var row : rows) {
            String category = spelling.computeIfAbsent(lowerCase(row.category()), unused -> row.category());
            var target = target(table, row, category, defaultMaxFlex, problems);
            if (target != null) {
                byCategory
                        .computeIfAbsent(category, unused -> new ArrayList<>())
                        .add(target);
            }
        }
        return byCategory;
    }

    /** The row's target, or null (with the problem noted) when its numbers are missing or do not fit together. */
    private static @Nullable Target target(
            Table table, Row row, String category, int defaultMaxFlex, List<InputProblem> problems) {
        Integer min = row.min();
        Integer max = row.max();
        if (min == null || max == null) {
            return null; // already a problem
        }
        if (min > max) {
            problems.add(new InputProblem(
                    table.name(),
                    row.number(),
                    "min",
                    "min " + min + " is larger than max " + max + " for '" + row.value() + "'"));
            return null;
        }
        int minFlex = row.minFlex() == null ? 0 : row.minFlex();
        int maxFlex = row.maxFlex() == null ? Math.max(max, defaultMaxFlex) : row.maxFlex();
        if (minFlex > min || maxFlex < max) {
            problems.add(new InputProblem(
                    table.name(),
                    row.number(),
                    minFlex > min ? "min_flex" : "max_flex",
                    "min_flex must not exceed min and max_flex must not be below max (got " + minFlex + ".." + maxFlex
                            + " for " + min + ".." + max + ")"));
            return null;
        }
        return new Target(category, row.value(), min, max, minFlex, maxFlex);
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Without a stated max_flex, a maximum may rise as far as the largest category total (as the Python tools do). */
    private static int sumOfMaxima(List<Row> rows) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        rows.forEach(
                r -> sums.merge(r.category().toLowerCase(Locale.ROOT), r.max() == null ? 0 : r.max(), Integer::sum));
        return sums.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static @Nullable Integer wholeNumber(
            Table table, Table.Row row, int column, String header, List<InputProblem> problems) {
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

    private static @Nullable Integer optionalWholeNumber(
            Table table, Table.Row row, int column, String header, List<InputProblem> problems) {
        return row.cell(column).isEmpty() ? null : wholeNumber(table, row, column, header, problems);
    }

    private record Row(
            int number,
            String category,
            String value,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable Integer minFlex,
            @Nullable Integer maxFlex) {

        /** The row's cells; a number that is missing, negative or not whole is a problem and reads as null. */
        static Row of(Table table, Layout layout, Table.Row row, List<InputProblem> problems) {
            return new Row(
                    row.number(),
                    row.cell(layout.category()),
                    row.cell(layout.value()),
                    wholeNumber(table, row, layout.min(), "min", problems),
                    wholeNumber(table, row, layout.max(), "max", problems),
                    layout.minFlex() < 0
                            ? null
                            : optionalWholeNumber(table, row, layout.minFlex(), "min_flex", problems),
                    layout.maxFlex() < 0
                            ? null
                            : optionalWholeNumber(table, row, layout.maxFlex(), "max_flex", problems));
        }
    }

    /** Which columns hold what, found from the header. */
    private record Layout(int category, int value, String valueHeader, int min, int max, int minFlex, int maxFlex) {

        /** The category and value columns of each layout practitioners use, in the order tried. */
        private static final List<List<String>> NAMES =
                List.of(List.of("feature", "value"), List.of("category", "name"), List.of("category", "feature"));

        static Layout of(Table table) {
            var names = NAMES.stream()
                    .filter(pair ->
                            pair.stream().allMatch(name -> table.column(name).isPresent()))
                    .findFirst()
                    .orElseThrow(() -> InputException.of(
                            table.name(),
                            "the header " + table.header()
                                    + " is not a targets header: expected category,name,min,max or"
                                    + " feature,value,min,max or category,feature,min,max (optionally with"
                                    + " min_flex,max_flex)"));
            int[] at = table.requireColumns(List.of(
                    new Table.Needed(names.get(0), "the category"),
                    new Table.Needed(names.get(1), "the value"),
                    new Table.Needed("min", "the fewest seats for the value"),
                    new Table.Needed("max", "the most seats for the value")));
            return new Layout(
                    at[0],
                    at[1],
                    names.get(1),
                    at[2],
                    at[3],
                    table.column("min_flex").orElse(-1),
                    table.column("max_flex").orElse(-1));
        }
    }
}
