package org.minipublic.tableio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XLSX file is a zip archive, which can unpack to a thousand times its size. Files that would fill the memory are
 * refused before they are read, with their own exception, however they are built.
 */
class OversizedXlsxTests {

    @TempDir
    Path dir;

    @Test
    void aSmallFileWhoseSheetUnpacksToAGigabyteIsRefused() throws IOException {
        byte[] file = InflatingXlsx.repeatedRows(1L << 30);
        assertThat(file.length).as("packed, as small as an ordinary upload").isLessThan(4 << 20);

        assertThatThrownBy(() -> TableReader.read("bomb.xlsx", file))
                .isInstanceOf(OversizedInputException.class)
                .hasMessageStartingWith("bomb.xlsx: ");
        assertThatThrownBy(() -> TableReader.read(Files.write(dir.resolve("bomb.xlsx"), file)))
                .isInstanceOf(OversizedInputException.class);
    }

    @Test
    void aPartLargerThanAnyRealSheetIsRefusedThoughItPacksOnlyAsTextDoes() throws IOException {
        byte[] file = InflatingXlsx.padded(1, 70L << 20);

        assertThatThrownBy(() -> TableReader.read("large.xlsx", file)).isInstanceOf(OversizedInputException.class);
    }

    @Test
    void partsThatTogetherUnpackPastTheLimitAreRefused() throws IOException {
        byte[] file = InflatingXlsx.padded(2, 60L << 20);

        assertThatThrownBy(() -> TableReader.read("parts.xlsx", file)).isInstanceOf(OversizedInputException.class);
    }

    @Test
    void aFileWithinTheLimitsIsRead() throws IOException {
        byte[] file = InflatingXlsx.padded(1, 20L << 20);

        assertThat(TableReader.read("ordinary.xlsx", file).header()).containsExactly("id");
    }

    @Test
    void aLongTextInManyCellsIsRefusedThoughTheFileStoresItOnce() throws IOException {
        byte[] file = workbook((sheet, text) -> {
            for (int r = 0; r < 110; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(text);
                }
            }
        });
        assertThat(file.length).as("one shared string, 1,100 cells").isLessThan(50_000);

        assertThatThrownBy(() -> TableReader.read("shared.xlsx", file)).isInstanceOf(OversizedInputException.class);
    }

    @Test
    void aCellFarToTheRightOfManyRowsIsRefused() throws IOException {
        byte[] file = workbook((sheet, text) -> {
            for (int r = 0; r < 700; r++) {
                sheet.createRow(r).createCell(16_383).setCellValue("x");
            }
        });

        assertThatThrownBy(() -> TableReader.read("wide.xlsx", file)).isInstanceOf(OversizedInputException.class);
    }

    private interface Filler {
        void fill(org.apache.poi.ss.usermodel.Sheet sheet, String longText);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet(), "x".repeat(10_000));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
