package org.minipublic.app.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's {@code pg_dump} and {@code pg_restore} on this machine: the newest found in Debian's {@code
 * /usr/lib/postgresql/<version>/bin} and on the {@code PATH}, or only those in the directory the operator names.
 * The embedded server ships without them, and {@code pg_dump} refuses a server of a newer major version than its own,
 * so the version is checked against the server's first, to say what to install.
 */
final class PostgresTools {

    /** Where Debian and Ubuntu put each major version's programs, side by side. */
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    /** Error lines that may quote rows (a duplicate key's value, the line of a COPY): personal data. */
    private static final Pattern QUOTES_DATA = Pattern.compile("^\\s*(DETAIL|CONTEXT):");

    private final List<Path> directories;

    private PostgresTools(List<Path> directories) {
        this.directories = directories;
    }

    /** {@code directory}: where the operator keeps the programs ({@code MINIPUBLIC_BACKUP_POSTGRES_BIN}), if set. */
    static PostgresTools in(@Nullable String directory) {
        if (directory != null && !directory.isBlank()) {
            return new PostgresTools(List.of(Path.of(directory)));
        }
        var directories = new ArrayList<>(debianDirectories());
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        Stream.of(path.split(":")).filter(part -> !part.isBlank()).map(Path::of).forEach(directories::add);
        return new PostgresTools(directories);
    }

    /** The newest {@code program} found, provided it is of the server's major version or newer. */
    Path find(String program, int serverVersion) {
        var found = directories.stream()
                .map(directory -> directory.resolve(program))
                .filter(Files::isExecutable)
                .map(candidate -> new Found(candidate, majorVersion(candidate)))
                .max(Comparator.comparingInt(Found::version))
                .orElseThrow(() -> new CommandRefusal(
                        program + " was not found in " + directories + ". " + installHint(serverVersion)));
        if (found.version() < serverVersion) {
            throw new CommandRefusal("The database runs PostgreSQL " + serverVersion + ", and the newest " + program
                    + " found is version " + found.version() + " (" + found.program() + "), which cannot work with it. "
                    + installHint(serverVersion));
        }
        return found.program();
    }

    /** Runs a program to its end with libpq's settings added to the environment; nothing is read from the terminal. */
    static Run run(List<String> command, Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            var process = builder.start();
            process.getOutputStream().close();
            var errors = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
            String output = text(process.getInputStream());
            return new Run(process.waitFor(), output, errors.join());
        } catch (IOException e) {
            throw new CommandRefusal("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandRefusal("Interrupted while " + command.get(0) + " was running", e);
        }
    }

    /** What a program printed and how it ended. */
    record Run(int exitCode, String output, String errors) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** The first lines of its errors, without those that may quote the database's content. */
        String errorSummary() {
            return errors.lines()
                    .filter(line -> !QUOTES_DATA.matcher(line).find())
                    .limit(8)
                    .map(line -> "  " + line)
                    .reduce((a, b) -> a + "\n" + b)
                    .orElse("  (it printed no error; exit code " + exitCode + ")");
        }
    }

    private record Found(Path program, int version) {}

    private static List<Path> debianDirectories() {
        if (!Files.isDirectory(DEBIAN)) {
            return List.of();
        }
        try (var versions = Files.list(DEBIAN)) {
            return versions.map(version -> version.resolve("bin")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int majorVersion(Path program) {
        var run = run(List.of(program.toString(), "--version"), Map.of());
        var matcher = VERSION.matcher(run.output());
        return run.succeeded() && matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String installHint(int serverVersion) {
        return "Install the client programs of PostgreSQL " + serverVersion + " or newer (on Debian 13: apt-get install"
                + " postgresql-client-" + serverVersion + "; on Debian 12 or Ubuntu: from the PostgreSQL project's own"
                + " apt repository, see docs/operations.md), or name the directory that holds pg_dump and pg_restore"
                + " with MINIPUBLIC_BACKUP_POSTGRES_BIN.";
    }

    private static String text(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
