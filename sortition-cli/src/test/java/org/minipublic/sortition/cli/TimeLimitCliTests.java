package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.cli.ExitCodes;

/**
 * On a pool that takes minutes ({@code hard/README.md}): {@code --time-limit} gives a draw from the best lottery
 * found, says what it is worth, and verify re-makes it; Ctrl-C ends a selection within about a second.
 */
class TimeLimitCliTests {

    @TempDir
    Path dir;

    /**
     * Ten seconds: the relaxed optimum and the first panels take about two on an idle machine, and the limit must
     * outlast them however busy the machine is; verify then re-makes the draw by doing the same work.
     */
    @Test
    void aTimeLimitGivesADrawFromTheBestLotteryFoundThatVerifyRemakes() throws Exception {
        var out = new StringWriter();
        int code = run(
                out,
                "select",
                "--categories",
                file("categories.csv"),
                "--people",
                file("people.csv"),
                "--panel-size",
                "60",
                "--seed",
                "1",
                "--time-limit",
                "10",
                "--out",
                dir.toString());

        assertThat(code).as(out.toString()).isEqualTo(SortitionCli.STOPPED_AT_TIME_LIMIT);
        assertThat(out.toString())
                .contains("Stopped by the time limit of 10.0 s while")
                .contains("no lottery can give everyone more than");
        String record = Files.readString(dir.resolve("draw.json"), StandardCharsets.UTF_8);
        assertThat(record).contains("\"computation\"").contains("\"time_limit_seconds\": 10.0");

        var verified = new StringWriter();
        int verify = run(
                verified,
                "verify",
                "--record",
                dir.resolve("draw.json").toString(),
                "--categories",
                file("categories.csv"),
                "--people",
                file("people.csv"));
        assertThat(verify).as(verified.toString()).isZero();
        assertThat(verified.toString()).containsPattern("(?m)^VERIFIED");
    }

    @Test
    void ctrlCEndsASelectionWithinAboutASecond() throws Exception {
        var process = CliProcess.start(
                dir,
                "select",
                "--categories",
                file("categories.csv"),
                "--people",
                file("people.csv"),
                "--panel-size",
                "60",
                "--seed",
                "1",
                "--out",
                dir.resolve("out").toString());
        awaitProgress(dir.resolve("err.txt"), "lottery over real panels", process);
        Thread.sleep(500); // inside one of the integer programs, which take a second or more each

        long interrupted = System.nanoTime();
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        boolean ended = process.waitFor(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - interrupted) / 1_000_000;
        if (!ended) {
            process.destroyForcibly();
        }

        assertThat(ended).as("ended after Ctrl-C").isTrue();
        assertThat(millis).isLessThan(2_000);
        var ran = CliProcess.finished(dir, process);
        assertThat(ran.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(ran.err()).contains("Stopped: The selection was interrupted while");
    }

    /** Waits until the selection says it is in the hard phase (its first second is quiet). */
    private static void awaitProgress(Path err, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err, StandardCharsets.UTF_8).contains(text)) {
            assertThat(process.isAlive()).as("still selecting").isTrue();
            assertThat(System.nanoTime()).as("reached the hard phase").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int run(StringWriter out, String... args) {
        var commandLine = SortitionCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true)); // progress and errors too, so a failure shows them
        return commandLine.execute(args);
    }

    private static String file(String name) throws URISyntaxException {
        return Path.of(TimeLimitCliTests.class
                        .getResource("/hard/eight_categories_1000_60/" + name)
                        .toURI())
                .toString();
    }
}
