package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.sortition.support.Instances;
import org.minipublic.tableio.TableReader;

/**
 * The draw ceremony from the command line: commit, reveal with public digits, verify from the published files alone.
 * Reveal refuses altered files and bad digits with exit code 2 and writes nothing; verify calls published files that
 * do not check out NOT VERIFIED (exit code 1), naming what failed.
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
        assertThat(out.toString())
                .startsWith("Panel 16 of 200 (digits 31415; the 2 digits after them, 92, were not needed).");
        var selected = TableReader.read(cer.resolve("private/selected.csv"));
        assertThat(selected.rows()).hasSize(22);

        Path published = dir.resolve("published");
        copy(cer.resolve("public"), published.resolve("public"));
        assertThat(run("verify", "--ceremony", published.toString())).isZero();
        assertThat(out.toString())
                .startsWith("VERIFIED: the digits 31415 give panel 16 of the 200")
                .contains("the 2 digits after them, 92, were not needed");
        assertThat(run("ceremony", "verify", "--dir", published.toString())).isZero();

        Path result = published.resolve("public/result.txt");
        Files.writeString(result, Files.readString(result).replace("panel_number: 16", "panel_number: 17"));
        assertThat(run("ceremony", "verify", "--dir", published.toString())).isEqualTo(SortitionCli.NOT_VERIFIED);
        assertThat(out.toString())
                .contains("NOT VERIFIED: the digits in result.txt give panel 16 of 200 (from the digits 31415), but"
                        + " result.txt says panel 17 (from the digits 31415)");

        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "12345"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains(cer.resolve("public")
                        + "/result.txt already exists, so this ceremony has been revealed already")
                .doesNotContain("exists:");
        var instance = Instances.named("sf_fixture_150_22");
        assertThat(run(
                        "ceremony",
                        "commit",
                        "--categories",
                        instance.targetsPath().toString(),
                        "--people",
                        instance.peoplePath().toString(),
                        "--panel-size",
                        "22",
                        "--seed",
                        "5",
                        "--dir",
                        cer.toString()))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("Error: " + cer + " already holds a ceremony; choose a new directory");
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
        assertThat(err.toString()).contains("Error: commitment.txt has been altered");
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

    @Test
    void anAlteredOrIncompleteCeremonyIsNotVerifiedAndNamesWhatFailed() throws IOException {
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31415"))
                .isZero();
        Path text = cer.resolve("public/commitment.txt");
        Path result = cer.resolve("public/result.txt");
        String committed = Files.readString(text);
        String revealed = Files.readString(result);

        Files.writeString(text, committed.replace("seed: 4", "seed: 5"));
        assertNotVerified("commitment.txt has been altered: its SHA-256 is ");
        Files.writeString(text, committed.replace("digits_per_group: 5\n", ""));
        assertNotVerified("commitment.txt is not a ceremony commitment: the 'digits_per_group:' line is missing");
        Files.delete(text);
        assertNotVerified("commitment.txt is missing");
        Files.writeString(text, committed);

        Files.writeString(result, revealed.replaceFirst("digits: \\d+\n", ""));
        assertNotVerified("result.txt has no 'digits:' line");
        Files.delete(result);
        assertNotVerified("result.txt is missing: the ceremony has not been revealed yet");
        Files.writeString(result, revealed);
        assertThat(run("verify", "--ceremony", cer.toString())).isZero();

        // nothing to check at all is bad input, not a failed check
        assertThat(run("verify", "--ceremony", dir.resolve("nowhere").toString()))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("nowhere: does not exist");
        assertThat(run("verify", "--ceremony", dir.toString())).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("has no public folder");
    }

    @Test
    void editedDigitsAndAChangedPanelAreNamedAsSuchAndOnlyWhatDiffersIsPrinted() throws IOException {
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31415"))
                .isZero();
        Path result = cer.resolve("public/result.txt");
        String revealed = Files.readString(result);

        // 27182 mod 200 + 1 = 183
        Files.writeString(result, revealed.replace("digits: 31415", "digits: 27182"));
        assertNotVerified("the digits in result.txt give panel 183 of 200 (from the digits 27182), but result.txt"
                + " says panel 16 (from the digits 31415): the digits or the panel number have been changed");
        assertThat(out.toString()).doesNotContain("group_used");

        String panelLine = revealed.lines()
                .filter(l -> l.startsWith("panel: "))
                .findFirst()
                .orElseThrow();
        String[] members = panelLine.substring("panel: ".length()).split(" ");
        String outsider = Files.readString(cer.resolve("public/commitment.txt"))
                .lines()
                .filter(l -> l.startsWith("panel "))
                .flatMap(l -> Stream.of(l.substring(l.indexOf(':') + 2).split(" ")))
                .filter(p -> !List.of(members).contains(p))
                .findFirst()
                .orElseThrow();
        Files.writeString(result, revealed.replace(members[3], outsider));
        assertNotVerified("the panel in result.txt is not panel 16 of the commitment: it has " + outsider
                + ", which panel 16 does not, and lacks " + members[3]);
        assertThat(out.toString()).doesNotContain(members[0]).hasSizeLessThan(200);
    }

    @Test
    void filesThatAreNotUtf8AreNotVerifiedOrRefusedNamingTheFile() throws IOException {
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31415"))
                .isZero();
        Path result = cer.resolve("public/result.txt");
        String revealed = Files.readString(result);
        Files.write(result, (revealed + "note: tir\u00e9 au sort\n").getBytes(StandardCharsets.ISO_8859_1));
        assertNotVerified("result.txt is not UTF-8 text: line 7 has the byte 0xE9");
        assertThat(err.toString()).doesNotContain("Exception");
        Files.writeString(result, revealed);

        Path text = cer.resolve("public/commitment.txt");
        String committed = Files.readString(text);
        Files.write(text, committed.replace("seed: 4", "seed: \u00e9").getBytes(StandardCharsets.ISO_8859_1));
        assertNotVerified("commitment.txt is not UTF-8 text");
        Files.delete(result);
        assertThat(run("ceremony", "reveal", "--dir", cer.toString(), "--digits", "31415"))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("Error: commitment.txt is not UTF-8 text")
                .doesNotContain("Exception");
    }

    @Test
    void thePublishedListShowsEachPseudonymsChanceAsTheGuideWarns() throws IOException {
        Path full = dir.resolve("full");
        var instance = Instances.named("sf_fixture_150_22");
        assertThat(run(
                        "ceremony",
                        "commit",
                        "--categories",
                        instance.targetsPath().toString(),
                        "--people",
                        instance.peoplePath().toString(),
                        "--panel-size",
                        "22",
                        "--seed",
                        "4",
                        "--dir",
                        full.toString()))
                .isZero();
        var panels = Files.readString(full.resolve("public/commitment.txt"))
                .lines()
                .filter(l -> l.startsWith("panel "))
                .map(l -> List.of(l.substring(l.indexOf(':') + 2).split(" ")))
                .toList();
        TreeMap<Long, Integer> pseudonymsPerCount = new TreeMap<>();
        for (var row : TableReader.read(full.resolve("private/pseudonyms.csv")).rows()) {
            long told = row.cell(2).isEmpty() ? 0 : row.cell(2).split(" ").length;
            long counted = panels.stream().filter(p -> p.contains(row.cell(1))).count();
            // what each respondent is told privately can be checked in the public list: that is the ceremony's point
            assertThat(counted).isEqualTo(told);
            pseudonymsPerCount.merge(counted, 1, Integer::sum);
        }
        // and it is why the list gives away every pseudonym's chance, as docs/selection.md says: 150 pseudonyms have
        // 23 different counts of the 1,000 panels; the largest belongs to one pseudonym alone, the next come in pairs
        assertThat(pseudonymsPerCount).hasSize(23);
        assertThat(pseudonymsPerCount.tailMap(170L, true).descendingMap())
                .containsExactly(
                        entry(471L, 1), entry(295L, 2), entry(236L, 1), entry(235L, 1), entry(187L, 2), entry(175L, 2));
        assertThat(pseudonymsPerCount.firstKey()).isEqualTo(90L);
        assertThat(pseudonymsPerCount.headMap(170L).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(141);
        assertThat(run("ceremony", "reveal", "--dir", full.toString(), "--digits", "31415"))
                .isZero();
        assertThat(run("verify", "--ceremony", full.toString())).isZero();
    }

    private void assertNotVerified(String reason) {
        assertThat(run("verify", "--ceremony", cer.toString()))
                .as(out + " " + err)
                .isEqualTo(SortitionCli.NOT_VERIFIED);
        assertThat(out.toString()).contains("NOT VERIFIED: ").contains(reason);
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
