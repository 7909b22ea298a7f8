package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.sortition.cli.SortitionCli;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draw's verification bundle, downloaded as the advisory board would, unpacked and checked with the command line's
 * own {@code verify}: it verifies, later edits of the targets and the panel leave it as it was, and one changed value
 * in the people file makes it fail.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class VerificationBundleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Draws draws;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void theBoardDownloadsADrawsFilesAndTheCommandLineVerifiesThem() throws Exception {
        var open = fixture.assemblyWithPool(16);
        fixture.anyPanel(open, 4);
        var id = draw(open);
        var board = fixtures.userWithRole("Board Member", open.assembly(), AssemblyRole.ADVISORY_BOARD);

        var files = unzip(download(open, id, board), "first");
        assertThat(files.toFile().list())
                .containsExactlyInAnyOrder("draw.json", "targets.csv", "people.csv", "README.txt");
        assertThat(Files.readString(files.resolve("README.txt")))
                .contains(
                        "Files to verify draw 1",
                        "verify --record draw.json --categories targets.csv --people people.csv");
        var people = Files.readString(files.resolve("people.csv"));
        assertThat(people.lines().findFirst().orElseThrow()).startsWith("respondent,household,");
        assertThat(people).doesNotContain("Person", "Pooled", "@example.org");
        // a household id would lead from a respondent id to an address, even after the respondent is erased
        var record = Files.readString(files.resolve("draw.json"));
        assertThat(jdbc.sql("select id::text from recruitment.households")
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .noneMatch(household -> people.contains(household) || record.contains(household));
        assertThat(verify(files)).startsWith("VERIFIED");
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .filteredOn(entry -> entry.action().equals("selection.bundle-downloaded"))
                .hasSize(1);

        alterOneValue(files.resolve("people.csv"), files.resolve("targets.csv"));
        assertThat(verify(files)).startsWith("NOT VERIFIED: the people file differs");
    }

    @Test
    void aReplacementDrawHasItsOwnBundleAndLaterEditsLeaveTheFirstDrawsAsItWas() throws Exception {
        var open = fixture.assemblyWithPool(16);
        fixture.anyPanel(open, 4);
        var first = draw(open);
        byte[] before = download(open, first, open.organiser());
        var someone = draws.people(open.organiser().actor(), open.assembly(), first).stream()
                .filter(DrawPerson::selected)
                .findFirst()
                .orElseThrow()
                .respondent();
        draws.withdraw(open.organiser().actor(), open.assembly(), first, someone, Withdrawal.Reason.DECLINED);
        var replacement = draws.startReplacement(
                open.organiser().actor(), open.assembly(), first, new DrawSettings("leximin", 77L, List.of()));
        assertThat(fixture.awaitEnd(open.assembly(), replacement).status()).isEqualTo(Draw.Status.DONE);
        fixture.anyPanel(open, 5); // a new version of the targets

        assertThat(download(open, first, open.organiser()))
                .as("the first draw's bundle")
                .isEqualTo(before);
        var files = unzip(download(open, replacement, open.organiser()), "replacement");
        assertThat(Files.readString(files.resolve("README.txt"))).contains("replacement draw for draw 1");
        assertThat(Files.readString(files.resolve("people.csv"))).doesNotContain(someone.toString());
        assertThat(verify(files)).startsWith("VERIFIED");
    }

    @Test
    void aDrawMadeBeforeInputFilesWereStoredOffersNoBundle() throws Exception {
        var open = fixture.assemblyWithPool(8);
        fixture.anyPanel(open, 2);
        var id = draw(open);
        String page = "/assemblies/" + open.assembly() + "/draws/" + id;
        mvc.perform(get(page).with(user(open.organiser().principal())))
                .andExpect(content().string(containsString("/bundle.zip")));
        jdbc.sql("delete from selection.draw_inputs where draw_id = :d")
                .param("d", id.value())
                .update();

        mvc.perform(get(page).with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/bundle.zip"))));
        mvc.perform(get(page + "/bundle.zip").with(user(open.organiser().principal())))
                .andExpect(status().isNotFound());
    }

    private DrawId draw(RegistrationFixture.Open open) {
        var id = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 2024L, List.of()));
        assertThat(fixture.awaitEnd(open.assembly(), id).status()).isEqualTo(Draw.Status.DONE);
        return id;
    }

    private byte[] download(RegistrationFixture.Open open, DrawId id, Fixtures.TestUser who) throws Exception {
        return mvc.perform(get("/assemblies/" + open.assembly() + "/draws/" + id + "/bundle.zip")
                        .with(user(who.principal())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private Path unzip(byte[] zip, String name) throws IOException {
        var target = Files.createDirectory(folder.resolve(name));
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.write(target.resolve(entry.getName()), in.readAllBytes());
            }
        }
        return target;
    }

    /** What {@code minipublic-sortition verify} prints on these files, run in this process. */
    private static String verify(Path files) {
        var out = new StringWriter();
        var cli = SortitionCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute(
                "verify",
                "--record",
                files.resolve("draw.json").toString(),
                "--categories",
                files.resolve("targets.csv").toString(),
                "--people",
                files.resolve("people.csv").toString());
        assertThat(code).as(out.toString()).isEqualTo(out.toString().startsWith("VERIFIED") ? 0 : 1);
        return out.toString();
    }

    /** Gives the first person in the file another value of the file's last category, one the targets know. */
    private static void alterOneValue(Path people, Path targets) throws IOException {
        var rows = new ArrayList<>(records(people));
        var header = rows.get(0);
        String category = header.get(header.size() - 1);
        var first = new ArrayList<>(rows.get(1));
        String current = first.get(first.size() - 1);
        String other = records(targets).stream()
                .filter(row -> row.get(0).equals(category) && !row.get(1).equals(current))
                .map(row -> row.get(1))
                .findFirst()
                .orElseThrow();
        first.set(first.size() - 1, other);
        rows.set(1, first);
        try (var printer = new CSVPrinter(Files.newBufferedWriter(people), CSVFormat.DEFAULT)) {
            printer.printRecords(rows);
        }
    }

    private static List<List<String>> records(Path file) throws IOException {
        try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(file))) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }
}
