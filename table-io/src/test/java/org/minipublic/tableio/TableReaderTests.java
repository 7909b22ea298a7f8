package org.minipublic.tableio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files as organisers' spreadsheet programs write them read to the same table. */
class TableReaderTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void readsCommaSemicolonAndTabSeparatedFilesAlike(String separator) throws IOException {
        var table = TableReader.read(csv("id,age,area\nr1,16-29,Leyton\nr2,30-44,Chingford\n".replace(",", separator)));

        assertThat(table.header()).containsExactly("id", "age", "area");
        assertThat(table.rows())
                .extracting(Table.Row::cells)
                .containsExactly(List.of("r1", "16-29", "Leyton"), List.of("r2", "30-44", "Chingford"));
    }

    @Test
    void aSemicolonFileKeepsTheDecimalCommasInItsCells() throws IOException {
        var table = TableReader.read(csv("name;share\nLeyton;0,25\n"));

        assertThat(table.rows().get(0).cells()).containsExactly("Leyton", "0,25");
    }

    @Test
    void separatorsWithinQuotedHeadersDoNotCount() throws IOException {
        var table = TableReader.read(csv("\"id;number\",\"area; ward\"\nr1,Leyton\n"));

        assertThat(table.header()).containsExactly("id;number", "area; ward");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        var table = TableReader.read(csv("\uFEFFid;age\nr1;16-29\n"));

        assertThat(table.column("id")).contains(0);
    }

    @Test
    void emptyRowsAreDroppedButRowsKeepTheirSpreadsheetNumbers() throws IOException {
        var table = TableReader.read(csv("id,age\n\n ,  \nr3,16-29\r\n"));

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(4);
            assertThat(row.cells()).containsExactly("r3", "16-29");
        });
    }

    @Test
    void readsTheFirstSheetOfAnXlsxFile() throws IOException {
        Path file = dir.resolve("people.xlsx");
        try (var workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("id");
            sheet.getRow(0).createCell(1).setCellValue("age");
            sheet.createRow(2).createCell(0).setCellValue("r1");
            sheet.getRow(2).createCell(1).setCellValue(17);
            workbook.write(out);
        }

        var table = TableReader.read(file);

        assertThat(table.header()).containsExactly("id", "age");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsExactly("r1", "17");
        });
    }

    @Test
    void anEmptyOrMissingFileIsAnInputProblemNamingTheFile() throws IOException {
        assertThatThrownBy(() -> TableReader.read(csv("")))
                .isInstanceOf(InputException.class)
                .hasMessage("table.csv: the file is empty");
        assertThatThrownBy(() -> TableReader.read(dir.resolve("missing.csv")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("missing.csv: the file does not exist or cannot be read");
    }

    @Test
    void whatAFileHoldsDecidesHowItIsReadNotItsName() throws IOException {
        var workbook = Files.readAllBytes(xlsx(dir.resolve("people.xlsx")));
        var text = "id,age\nr1,17\n".getBytes(StandardCharsets.UTF_8);

        assertThat(TableReader.read("people.csv", workbook).header()).containsExactly("id", "age");
        assertThat(TableReader.read("people.xlsx", text).rows().get(0).cells()).containsExactly("r1", "17");
        assertThat(TableReader.read("people", text).header()).containsExactly("id", "age");
    }

    @Test
    void otherKindsOfFileAreRefusedWhateverTheyAreCalled() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

        assertThatThrownBy(() -> TableReader.read("people.csv", pdf))
                .isInstanceOf(InputException.class)
                .hasMessage("people.csv: is not a table but a file of type PDF; save it as CSV or XLSX");
        assertThatThrownBy(() -> TableReader.read("people.xlsx", png))
                .hasMessage("people.xlsx: is not a table but a file of type PNG; save it as CSV or XLSX");
    }

    @Test
    void textInAnotherEncodingIsRefusedNamingTheLine() {
        byte[] windows = "id,area\n1,Bern\n2,Gen\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16WithoutMark = "id,area\n1,Bern\n".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> TableReader.read("people.csv", windows))
                .isInstanceOfSatisfying(
                        NotUtf8Exception.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessage("people.csv: is not UTF-8 text: line 3 has the byte 0xE8, which UTF-8 does not allow there;"
                        + " save it as UTF-8 (in a spreadsheet program: CSV UTF-8) and try again");
        assertThatThrownBy(() -> TableReader.read("people.csv", utf16WithoutMark))
                .isInstanceOf(InputException.class)
                .hasMessage("people.csv: holds binary data, so it is not CSV text; save it as CSV or XLSX");
    }

    @Test
    void aDamagedWorkbookIsRefusedAsOne() throws IOException {
        var workbook = Files.readAllBytes(xlsx(dir.resolve("people.xlsx")));
        var damaged = java.util.Arrays.copyOf(workbook, workbook.length / 2);

        assertThatThrownBy(() -> TableReader.read("people.csv", damaged))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("people.csv: cannot be read as XLSX");
    }

    private static Path xlsx(Path file) throws IOException {
        try (var workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("id");
            sheet.getRow(0).createCell(1).setCellValue("age");
            sheet.createRow(1).createCell(0).setCellValue("r1");
            sheet.getRow(1).createCell(1).setCellValue(17);
            workbook.write(out);
        }
        return file;
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("table.csv"), text, StandardCharsets.UTF_8);
    }
}
