package org.minipublic.app.shared;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text that goes into a cell of a CSV or XLSX file we write: a spreadsheet program must show it,
 * never run it. A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could
 * be read as a formula (which can fetch URLs or start programs), so it gets a leading single quote, as OWASP
 * recommends against CSV injection. Every export writes its cells through here ({@link CsvExport} does).
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /** The cell's text: empty for null, numbers as they are, any other text neutralised. */
    public static String safe(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The text as it was before {@link #safe} neutralised it: a file we exported, read back in, gives the words as
     * they were typed ({@code '+44 7700…} is {@code +44 7700…} again).
     */
    public static String unquoted(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
