package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.sortition.support.Instances;
import org.minipublic.tableio.TableReader;

/**
 * The draw ceremony from the command line: commit, reveal with public digits, verify from the published files alone;
 * altered files and bad digits exit with 2 and write nothing.
 */
class CeremonyCliTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path cer;

    @BeforeEach
    void commit() {
        cer = dir.resolve("ceremony");
        var instance = Instances.named("sf_fixture_150_22");
        int code = run(
                "ceremony", "commit",
                "--categories", instance.targetsPath().toString(),
                "--people", instance.peoplePath().toString(),
                "--panel-size", "22",
                "--seed", "4",
                "--lottery-size", "200",
                "--dir", cer.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Committed to a lottery of 200 panels")
                .contains("needs 5 digits");
    }

    @Test
    void revealsThePanelThePublicDigitsPointAtAndVerifiesFromThePublishedFilesAlone() throws IOException {
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31 415 92"))
                .isZero();
        // 31415 < 100000 - 100000 mod 200 = 100000: accepted; 31415 mod 200 + 1 = 16
        assertThat(out.toString()).startsWith("Panel 16 of 200 (digits 31415).");
        var selected = TableReader.read(cer.resolve("private/selected.csv"));
        assertThat(selected.rows()).hasSize(22);

        Path published = dir.resolve("published");
        copy(cer.resolve("public"), published.resolve("public"));
        assertThat(run("verify", "--ceremony", published.toString())).isZero();
        assertThat(out.toString()).startsWith("VERIFIED: the digits 31415 give panel 16 of the 200");
        assertThat(run("ceremony", "verify", "--dir", published.toString())).isZero();

        Path result = published.resolve("public/result.txt");
        Files.writeString(result, Files.readString(result).replace("panel_number: 16", "panel_number: 17"));
        assertThat(run("ceremony", "verify", "--dir", published.toString())).isEqualTo(SortitionCli.NOT_VERIFIED);
        assertThat(out.toString()).contains("NOT VERIFIED: result.txt line 5 says 'panel_number: 17'");

        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "12345"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("has been revealed already");
    }

    @Test
    void tooFewDigitsOrAnAlteredCommitmentExitWithTwoAndWriteNothing() throws IOException {
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "3141"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--digits: a lottery of 200 panels needs at least 5 digits");
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31x41"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("character 3 is 'x'");

        Path text = cer.resolve("public/commitment.txt");
        Files.writeString(text, Files.readString(text).replace("seed: 4", "seed: 5"));
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31415"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("commitment.txt: has been altered");
        assertThat(cer.resolve("public/result.txt")).doesNotExist();
        assertThat(cer.resolve("private/selected.csv")).doesNotExist();

        assertThat(run(
                        "ceremony", "reveal",
                        "--dir", cer.toString(),
                        "--digits", "31415",
                        "--announced-sha256", "00ff"))
                .isEqualTo(2);
    }

    @Test
    void thePublishedFilesHoldNoIdNameContactOrValueOfAnyone() throws IOException {
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "27182"))
                .isZero();
        var people = TableReader.read(Instances.named("sf_fixture_150_22").peoplePath());
        Set<String> personal = new HashSet<>();
        people.rows().forEach(row -> row.cells().stream()
                .map(String::strip)
                .filter(cell -> cell.length() > 2) // single digits and short codes also occur in settings
                .forEach(personal::add));
        try (Stream<Path> files = Files.walk(cer.resolve("public"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Set<String> words = new HashSet<>(
                        List.of(Files.readString(file, StandardCharsets.UTF_8).split("[\\s:,]+")));
                words.retainAll(personal);
                assertThat(words).as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var commandLine = SortitionCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
