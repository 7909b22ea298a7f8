package org.minipublic.tableio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A spreadsheet read as text: the header and the rows below it. Cells are trimmed; rows with no text at all are
 * dropped but keep their numbers, so messages point at the right row.
 *
 * @param name the file name, for messages
 */
public record Table(String name, List<String> header, List<Row> rows) {

    /** @param number the spreadsheet row number (the header is row 1) */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * A column a reader needs, and what it is for, as the message says when it is missing.
     *
     * @param purpose for example {@code "--id-column"} or {@code "a category of the targets"}
     */
    public record Needed(String name, String purpose) {

        /** Several columns needed for the same purpose. */
        public static List<Needed> all(List<String> names, String purpose) {
            return names.stream().map(name -> new Needed(name, purpose)).toList();
        }
    }

    /**
     * Where the needed columns are, in the order asked for (headers matched as by {@link #column}).
     *
     * @throws InputException naming every missing column at once, with the columns the file has
     */
    public int[] requireColumns(List<Needed> needed) {
        int[] indexes = new int[needed.size()];
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            var column = needed.get(i);
            indexes[i] = column(column.name()).orElse(-1);
            if (indexes[i] < 0) {
                problems.add(new InputProblem(
                        name,
                        1,
                        column.name(),
                        "there is no column " + column.name() + " (" + column.purpose() + "); the columns are "
                                + String.join(", ", header)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return indexes;
    }

    /** Where one needed column is; see {@link #requireColumns}. */
    public int requireColumn(String column, String purpose) {
        return requireColumns(List.of(new Needed(column, purpose)))[0];
    }

    /** The index of a column, matching its header case-insensitively. */
    public Optional<Integer> column(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the first of these names that a header has, matching whatever the case, spacing, hyphens or
     * underscores ({@code First_Name} matches {@code first name}).
     */
    public Optional<Integer> columnNamed(List<String> names) {
        var headers = header.stream().map(Table::loose).toList();
        return names.stream()
                .map(Table::loose)
                .map(headers::indexOf)
                .filter(i -> i >= 0)
                .findFirst();
    }

    /** A header as {@link #columnNamed} compares it. */
    public static String loose(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").trim();
    }
}
