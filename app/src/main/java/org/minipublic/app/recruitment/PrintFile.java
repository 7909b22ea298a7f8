package org.minipublic.app.recruitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A round's letters as CSV for a print house's mail merge. Cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return) get a leading apostrophe, as OWASP advises for CSV exports.
 */
final class PrintFile {

    static final List<String> HEADER = List.of(
            "number",
            "registration code",
            "address line 1",
            "address line 2",
            "address line 3",
            "town",
            "postcode",
            "area",
            "registration link");

    private PrintFile() {}

    static void write(
            InvitationRound round,
            String registrationUrl,
            Function<Integer, List<LetterHtml.Letter>> batches,
            Writer out) {
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            int number = 0;
            for (int batch = 0; ; batch++) {
                var letters = batches.apply(batch);
                if (letters.isEmpty()) {
                    break;
                }
                for (var letter : letters) {
                    var a = letter.address();
                    csv.printRecord(
                            ++number,
                            letter.code().display(),
                            safe(a.line1()),
                            safe(a.line2()),
                            safe(a.line3()),
                            safe(a.town()),
                            safe(a.postcode()),
                            safe(a.area()),
                            registrationUrl + "?code=" + letter.code().value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
