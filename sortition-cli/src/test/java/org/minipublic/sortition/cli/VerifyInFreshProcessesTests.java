package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.sortition.support.Instances;

/**
 * A published draw record verifies in anyone's process, not only in the one that made it: {@code select} and
 * {@code verify} each run in a Java process of their own, on the record committed in {@code draws/} (see its
 * README). Before records were written in a fixed order, the engine block's order changed from one process to the
 * next and half the genuine records failed.
 */
class VerifyInFreshProcessesTests {

    /** Each fresh process had an even chance of the other order: two of them caught it three times in four. */
    private static final int PROCESSES = 2;

    private static final String COMMITTED = "/draws/sf_fixture_150_22_seed9/draw.json";

    @TempDir
    Path dir;

    @Test
    void selectWritesTheCommittedRecordByteForByteInEveryProcess() throws Exception {
        String committed = Files.readString(committed(), StandardCharsets.UTF_8);
        for (int run = 0; run < PROCESSES; run++) {
            Path out = dir.resolve("select" + run);
            var ran = CliProcess.run(out, select(out));
            assertThat(ran.exitCode()).as(ran.err()).isZero();
            assertThat(Files.readString(out.resolve("draw.json"), StandardCharsets.UTF_8))
                    .as("run %d", run)
                    .isEqualTo(committed);
        }
    }

    @Test
    void theCommittedRecordVerifiesInEveryProcess() throws Exception {
        for (int run = 0; run < PROCESSES; run++) {
            var ran = CliProcess.run(dir.resolve("verify" + run), verify(committed()));
            assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
            assertThat(ran.out()).startsWith("VERIFIED");
        }
    }

    @Test
    void aRecordWhoseLineEndingsChangedOnTheWayStillVerifies() throws Exception {
        String crlf =
                Files.readString(committed(), StandardCharsets.UTF_8).strip().replace("\n", "\r\n");
        Path record = Files.writeString(dir.resolve("draw.json"), crlf, StandardCharsets.UTF_8);
        var ran = CliProcess.run(dir.resolve("verify"), verify(record));
        assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
    }

    @Test
    void aTamperedAlgorithmNameIsNotVerified() throws Exception {
        var ran = CliProcess.run(dir.resolve("verify"), verify(tampered("\"leximin\"", "\"leximax\"")));
        assertThat(ran.exitCode()).as(ran.err()).isEqualTo(SortitionCli.NOT_VERIFIED);
        assertThat(ran.out()).contains("NOT VERIFIED").contains("leximax");
    }

    @Test
    void aTamperedPanelIsNotVerifiedAndTheDifferenceIsNamed() throws Exception {
        var ran = CliProcess.run(
                dir.resolve("verify"),
                verify(tampered("\"panel\": \\[\"p1\", \"p6\", \"p19\"", "\"panel\": [\"p1\", \"p6\", \"p20\"")));
        assertThat(ran.exitCode()).as(ran.err()).isEqualTo(SortitionCli.NOT_VERIFIED);
        assertThat(ran.out()).contains("NOT VERIFIED").contains("/draw/panel/2: recorded \"p20\", re-run \"p19\"");
    }

    private Path tampered(String from, String to) throws IOException, URISyntaxException {
        String record = Files.readString(committed(), StandardCharsets.UTF_8);
        assertThat(record).containsPattern(from);
        return Files.writeString(dir.resolve("tampered.json"), record.replaceFirst(from, to), StandardCharsets.UTF_8);
    }

    private static String[] select(Path out) {
        var instance = Instances.named("sf_fixture_150_22");
        return new String[] {
            "select",
            "--categories",
            instance.targetsPath().toString(),
            "--people",
            instance.peoplePath().toString(),
            "--panel-size",
            "22",
            "--seed",
            "9",
            "--lottery-size",
            "100",
            "--panel-number",
            "77",
            "--out",
            out.toString()
        };
    }

    private static String[] verify(Path record) {
        var instance = Instances.named("sf_fixture_150_22");
        return new String[] {
            "verify",
            "--record",
            record.toString(),
            "--categories",
            instance.targetsPath().toString(),
            "--people",
            instance.peoplePath().toString()
        };
    }

    private static Path committed() throws URISyntaxException {
        return Path.of(VerifyInFreshProcessesTests.class.getResource(COMMITTED).toURI());
    }
}
