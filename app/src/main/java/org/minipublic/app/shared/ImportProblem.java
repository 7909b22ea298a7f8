package org.minipublic.app.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with one row of an uploaded file, or with the file itself.
 *
 * @param row the spreadsheet row (the header is row 1), or 0 for the whole file
 * @param column the column as its header names it, if the problem is in one cell
 * @param messageKey the message shown to the organiser, with {@code arguments}
 */
public record ImportProblem(int row, @Nullable String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, null, messageKey, List.of(arguments));
    }

    public static ImportProblem inCell(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }

    public static ImportProblem inRow(int row, String messageKey, Object... arguments) {
        return new ImportProblem(row, null, messageKey, List.of(arguments));
    }
}
