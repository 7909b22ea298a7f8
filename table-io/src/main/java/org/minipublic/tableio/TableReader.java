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
 * XLSX (or XLS) file, telling them apart by their contents. An XLSX file that would unpack to far more than its size is refused with {@link OversizedInputException}
 * before it is read (see {@link XlsxLimits}); a CSV file is read as it is, so its size is its caller's to bound.
 */
public final class TableReader {

    static {
        XlsxLimits.install();
    }

    private TableReader() {}

    /** Reads a file; what it holds decides how, not its name (see {@link #read(String, byte[])}). */
    public static Table read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(name, "the file does not exist or cannot be read (" + file.toAbsolutePath() + ")");
        }
        boolean workbook = false;
        try {
            workbook = isWorkbook(FileMagic.valueOf(file.toFile()));
            return workbook ? xlsx(name, file) : read(name, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, workbook ? "XLSX" : "CSV", e);
        }
    }

    /**
     * Reads a file received as bytes, such as an upload. Its first bytes decide what it is, never its name (which its
     * sender chose, and which only names it in messages): a workbook is read as one, any other kind of file that is
     * recognised (a PDF, a picture, a web page) is refused, and the rest is read as CSV if it is UTF-8 text.
     *
     * @throws NotUtf8Exception when it is text in another encoding
     * @throws InputException when it is not a table or cannot be read
     */
    public static Table read(String name, byte[] content) {
        var magic = FileMagic.valueOf(content);
        try {
            if (isWorkbook(magic)) {
                return xlsx(name, content);
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, "XLSX", e);
        }
        if (magic != FileMagic.UNKNOWN) {
            throw InputException.of(name, "is not a table but a file of type " + magic + "; save it as CSV or XLSX");
        }
        NotUtf8Exception.check(name, content);
        if (new String(content, StandardCharsets.UTF_8).indexOf('\0') >= 0) {
            throw InputException.of(name, "holds binary data, so it is not CSV text; save it as CSV or XLSX");
        }
        try {
            return csv(name, BOMInputStream.builder().setByteArray(content).get());
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, "CSV", e);
        }
    }

    /** The zip-based format of today's spreadsheet programs, or the binary format of old ones (XLS). */
    private static boolean isWorkbook(FileMagic magic) {
        return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
    }

    private static InputException unreadable(String name, String format, Exception e) {
        return e instanceof InputException input
                ? input
                : InputException.of(name, "cannot be read as " + format + ": " + e.getMessage());
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

    private static Table xlsx(String name, Path file) throws IOException {
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
