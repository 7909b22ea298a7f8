package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a Java process of its own, as a user would: a fresh runtime each time, so that anything
 * that differs from one process to the next (hash seeds, map order) shows, which tests in one process never see.
 */
final class CliProcess {

    /** What a finished process printed, and its exit code. */
    record Ran(int exitCode, String out, String err) {}

    private CliProcess() {}

    /** Starts the command line with these arguments; its output goes to files in {@code dir}. */
    static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SortitionCli.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
    }

    /** Runs the command line to the end (at most two minutes). */
    static Ran run(Path dir, String... args) throws IOException, InterruptedException {
        var process = start(dir, args);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command line did not finish: " + String.join(" ", args));
        }
        return finished(dir, process);
    }

    static Ran finished(Path dir, Process process) throws IOException {
        return new Ran(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
