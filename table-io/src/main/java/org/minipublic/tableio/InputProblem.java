package org.minipublic.tableio;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an input file.
 *
 * @param row the spreadsheet row (the header is row 1), or 0 for the file as a whole
 * @param column the column's header, or {@code null}
 */
public record InputProblem(String file, int row, @Nullable String column, String message) {

    /** The problems in row order (a stable sort, so problems of one row keep their order). */
    public static java.util.List<InputProblem> byRow(java.util.List<InputProblem> problems) {
        return problems.stream()
                .sorted(java.util.Comparator.comparingInt(InputProblem::row))
                .toList();
    }

    public String describe() {
        return file + (row > 0 ? " row " + row : "") + (column != null ? ", column " + column : "") + ": " + message;
    }
}
