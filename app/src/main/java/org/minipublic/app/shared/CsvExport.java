package org.minipublic.app.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a CSV file the way every export of ours should: UTF-8 with a byte-order mark (so spreadsheet programs read
 * accents correctly), quoted where needed, and every cell made safe by {@link SpreadsheetCells}.
 */
public final class CsvExport implements Closeable {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file with its header row. Closing the export closes the stream. */
    public static CsvExport open(OutputStream out, String... header) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var export = new CsvExport(new CSVPrinter(writer, CSVFormat.DEFAULT));
        export.row((Object[]) header);
        return export;
    }

    public void row(@Nullable Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(SpreadsheetCells::safe));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
