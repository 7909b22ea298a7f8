package org.minipublic.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheet cells show text and never run it (OWASP's advice against CSV injection). */
class SpreadsheetCellsTests {

    @ParameterizedTest(name = "a cell starting with {0} gets a quote")
    @ValueSource(strings = {"=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")"})
    void textThatCouldBeAFormulaGetsALeadingQuote(String text) {
        assertThat(SpreadsheetCells.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "{0} stays as it is")
    @ValueSource(strings = {"Assembly \"Policing\"", "user 3f2a", "a=b", "", " =1", "'quoted"})
    void ordinaryTextStaysAsItIs(String text) {
        assertThat(SpreadsheetCells.safe(text)).isEqualTo(text);
    }

    @Test
    void numbersAndNullsAreNotText() {
        assertThat(SpreadsheetCells.safe(-5)).isEqualTo("-5");
        assertThat(SpreadsheetCells.safe(42L)).isEqualTo("42");
        assertThat(SpreadsheetCells.safe(null)).isEmpty();
        var id = UUID.randomUUID();
        assertThat(SpreadsheetCells.safe(id)).isEqualTo(id.toString());
    }

    @Test
    void aCsvExportWritesEveryCellSafelyAfterAByteOrderMark() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var csv = CsvExport.open(out, "name", "note")) {
            csv.row("=cmd|' /C calc'!A0", "line one\nline \"two\"");
            csv.row(null, -3);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records)
                .extracting(CSVRecord::values)
                .containsExactly(
                        new String[] {"name", "note"},
                        new String[] {"'=cmd|' /C calc'!A0", "line one\nline \"two\""},
                        new String[] {"", "-3"});
    }
}
