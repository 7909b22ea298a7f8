package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Letters for a round: one PDF page per household with its own code, and a CSV for a print house. */
@IntegrationTest
class LettersIntegrationTests {

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    Letters letters;

    @Autowired
    Fixtures fixtures;

    @Test
    void aRoundPrintsOnePagePerHouseholdWithItsCodeAcrossRenderingBatches() throws IOException {
        var organiser = fixtures.user("Letter Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Letters"));
        var check = addresses.upload(organiser.actor(), assembly, "a.csv", AddressCsv.of(Letters.BATCH + 30, 2));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        var round =
                rounds.draw(organiser.actor(), assembly, new RoundSettings(Letters.BATCH + 30, false, Map.of()), 3L);

        var pdf = new ByteArrayOutputStream();
        letters.writePdf(assembly, round, pdf);

        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(Letters.BATCH + 30);
            var invited = rounds.invitations(round, 0).households();
            for (int page : new int[] {1, 2, Letters.BATCH + 1}) {
                String text = pageText(document, page);
                assertThat(text).contains("Your registration code");
                if (page <= invited.size()) {
                    var household = invited.get(page - 1);
                    assertThat(text)
                            .contains(household.code().display())
                            .contains(household.address().postcode());
                }
            }
        }
    }

    @Test
    void theLetterTextIsTheOrganisersWithPlaceholdersFilledAndEveryOtherLanguageOffered() throws IOException {
        var organiser = fixtures.user("Text Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Letter text"));
        letters.save(
                organiser.actor(),
                assembly,
                new LetterText(
                        "en",
                        "Town Hall <Recruitment>",
                        "0800 123 456",
                        "Hello & welcome.\n\nQuestion: {question}\n\nCode: {code}",
                        "The team"));

        var pdf = new ByteArrayOutputStream();
        letters.writeSample(assembly, pdf);

        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            String text = Normalizer.normalize(pageText(document, 1), Normalizer.Form.NFKC);
            assertThat(text)
                    .contains("Town Hall <Recruitment>")
                    .contains("Hello & welcome.")
                    .contains("Question: How can the police build trust with all communities?")
                    .contains("Code: " + RegistrationCode.example().display())
                    .contains("po polsku")
                    .contains("0800 123 456")
                    .doesNotContain("{code}");
            assertThat(text).containsAnyOf("اردو", "ودرا");
        }
    }

    @Test
    void aLetterWithoutTheCodeOrWithAnUnknownPlaceholderIsRefused() {
        assertThatThrownBy(() -> new LetterText("en", "Us", "0800", "Please register.", "Team"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recruitment.letter.needs-code");
        assertThatThrownBy(() -> new LetterText("en", "Us", "0800", "Dear {name}, {code}", "Team"))
                .hasMessageContaining("recruitment.letter.unknown-placeholder");
    }

    @Test
    void thePrintFileHasARowPerLetterAndNoCellASpreadsheetWouldRun() throws IOException {
        var organiser = fixtures.user("Print Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Print file"));
        String hostile =
                "address line 1,postcode,area\n=HYPERLINK(\"http://evil\"),EB1 1AA,@Area\n2 Road,EB1 1AB,North\n";
        var check = addresses.upload(organiser.actor(), assembly, "hostile.csv", hostile.getBytes());
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(2, false, Map.of()), 1L);

        var csv = new StringWriter();
        letters.writeCsv(round, csv);

        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.toString()))
                .getRecords();
        assertThat(records).hasSize(2);
        assertThat(records)
                .allSatisfy(row -> assertThat(row.get("registration link")).contains("/register?code="))
                .anySatisfy(row -> assertThat(row.get("address line 1")).isEqualTo("'=HYPERLINK(\"http://evil\")"))
                .anySatisfy(row -> assertThat(row.get("area")).isEqualTo("'@Area"));
    }

    private static String pageText(org.apache.pdfbox.pdmodel.PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
