package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minipublic.sortition.support.Instances;

/**
 * Every draw record committed in {@code draws/} (see its README) verifies, each in a Java process of its own: a change
 * that would alter a published draw fails here.
 */
class CommittedDrawsTests {

    @TempDir
    Path dir;

    record Committed(String record, String instance) {
        @Override
        public String toString() {
            return record;
        }
    }

    static List<Committed> records() throws IOException, URISyntaxException {
        var manifest = Path.of(
                CommittedDrawsTests.class.getResource("/draws/records.csv").toURI());
        return Files.readAllLines(manifest).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(","))
                .map(cells -> new Committed(cells[0], cells[1]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void verifies(Committed committed) throws Exception {
        var record = Path.of(CommittedDrawsTests.class
                .getResource("/draws/" + committed.record() + "/draw.json")
                .toURI());
        var instance = Instances.named(committed.instance());
        var ran = CliProcess.run(
                dir,
                "verify",
                "--record",
                record.toString(),
                "--categories",
                instance.targetsPath().toString(),
                "--people",
                instance.peoplePath().toString());

        assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
        assertThat(ran.out()).startsWith("VERIFIED");
    }
}
