package org.minipublic.tableio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads CSV (UTF-8, with or without byte-order mark; separated by commas, semicolons or tabs) or the first sheet of an
 * XLSX file. An XLSX file that would unpack to far more than its size is refused with {@link OversizedInputException}
 * before it is read (see {@link XlsxLimits}); a CSV file is read as it is, so its size is its caller's to bound.
 */
public final class TableReader {

    static {
        XlsxLimits.install();
    }

    private TableReader() {}

    public static Table read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(name, "the file does not exist or cannot be read (" + file.toAbsolutePath() + ")");
        }
        try {
            return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(name, file) : csv(name, file);
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    /** Reads a file received as bytes, such as an upload; {@code name} decides the format and names it in messages. */
    public static Table read(String name, byte[] content) {
        try {
            return name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? xlsx(name, content)
                    : csv(name, BOMInputStream.builder().setByteArray(content).get());
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    private static InputException unreadable(String name, Exception e) {
        return e instanceof InputException input
                ? input
                : InputException.of(
                        name, "cannot be read as " + (name.endsWith(".xlsx") ? "XLSX" : "CSV") + ": " + e.getMessage());
    }

    static Table csv(String name, Path file) throws IOException {
        return csv(name, BOMInputStream.builder().setPath(file).get());
    }

    private static Table csv(String name, InputStream withoutBom) throws IOException {
        String text;
        try (InputStream in = withoutBom) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        int number = 0;
        for (var record : format.parse(new StringReader(text))) {
            number++;
            List<String> cells = new ArrayList<>();
            record.forEach(cell -> cells.add(cell.trim()));
            if (header == null) {
                header = cells;
            } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(new Table.Row(number, cells));
            }
        }
        if (header == null) {
            throw InputException.of(name, "the file is empty");
        }
        return new Table(name, header, rows);
    }

    /**
     * The character that separates the header's cells: a comma, or a semicolon or tab when the header has more of
     * those. Spreadsheet programs write semicolons where the comma is the decimal mark (much of Europe); a header
     * holds names, not numbers, so it shows the separator plainly. Characters within quotes do not count.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    static Table xlsx(String name, Path file) throws IOException {
        if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
            try (var in = Files.newInputStream(file)) {
                XlsxLimits.check(name, in);
            }
        }
        return xlsx(name, WorkbookFactory.create(file.toFile(), null, true));
    }

    /** A file in the old binary format (XLS, whatever its name) is not a zip archive, and POI reads it as it is. */
    private static Table xlsx(String name, byte[] content) throws IOException {
        if (FileMagic.valueOf(content) == FileMagic.OOXML) {
            XlsxLimits.check(name, new ByteArrayInputStream(content));
        }
        return xlsx(name, WorkbookFactory.create(new ByteArrayInputStream(content)));
    }

    private static Table xlsx(String name, Workbook opened) throws IOException {
        try (var workbook = opened) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.ROOT);
            var budget = new XlsxLimits.TextBudget(name);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    var cell = row.getCell(c);
                    cells.add(budget.spend(
                            cell == null ? "" : formatter.formatCellValue(cell).trim()));
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw InputException.of(name, "the first sheet is empty");
            }
            return new Table(name, header, rows);
        }
    }
}
