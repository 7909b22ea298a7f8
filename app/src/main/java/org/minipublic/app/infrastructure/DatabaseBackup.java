package org.minipublic.app.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

/**
 * Writes the whole database to a new file in {@code pg_dump}'s custom format, readable by this account only from the
 * moment it exists. {@code pg_dump} reads one consistent snapshot, so Minipublic may go on running meanwhile. The file
 * appears under its name only once complete, and an existing file is never replaced: a backup run by mistake instead
 * of a restore must not overwrite the good backup.
 */
final class DatabaseBackup {

    private DatabaseBackup() {}

    /** Returns what to tell the operator. */
    static String write(TargetDatabase database, Path file, PostgresTools tools) {
        Path target = file.toAbsolutePath().normalize();
        Path directory = refuseUnusable(target);
        var facts = DatabaseFacts.of(database);
        if (!facts.holdsMinipublic()) {
            throw new CommandRefusal("The " + database + " holds no Minipublic data yet (no audit log): nothing"
                    + " to back up. Is it the right database?");
        }
        Path pgDump = tools.find("pg_dump", facts.serverVersion());
        Path partial = partialFile(directory, target);
        try {
            var run = PostgresTools.run(
                    List.of(pgDump.toString(), "--format=custom", "--no-password", "--file=" + partial),
                    database.access().environment());
            if (!run.succeeded()) {
                throw new CommandRefusal("pg_dump could not back up the " + database + ":\n" + run.errorSummary());
            }
            Files.move(partial, target);
            return written(database, target, Files.size(target));
        } catch (IOException e) {
            throw new CommandRefusal("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Returns the directory the backup goes to. */
    private static Path refuseUnusable(Path target) {
        if (Files.exists(target)) {
            throw new CommandRefusal(target + " already exists: a backup never replaces a file. Choose a new name (the"
                    + " date in it, say) or move the old file away. (To put a backup back, the command is restore.)");
        }
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new CommandRefusal("The directory " + directory + " does not exist.");
        }
        return directory;
    }

    /** Beside the target, so that the final move is a rename; 600 before pg_dump writes a byte. */
    private static Path partialFile(Path directory, Path target) {
        try {
            return Files.createTempFile(
                    directory,
                    "." + target.getFileName() + ".",
                    ".partial",
                    PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
        } catch (IOException e) {
            throw new CommandRefusal("Cannot write in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String written(TargetDatabase database, Path target, long bytes) {
        return "Backed up the " + database + " to " + target + " (" + size(bytes)
                + ", readable by this account only).\n"
                + "It holds personal data: keep it where only the people who run Minipublic can read it, encrypted"
                + " (docs/operations.md, Backups).\n"
                + "Not in it: the two-factor key (two-factor.key in the data directory, or"
                + " MINIPUBLIC_SECURITY_TWO_FACTOR_KEY). Keep a copy of the key apart from the backups: a database"
                + " restored without it needs every two-factor sign-in reset.";
    }

    private static String size(long bytes) {
        return bytes < 1_000_000
                ? (bytes + 999) / 1000 + " kB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind as a hidden, owner-only file; the operator sees the error that matters.
        }
    }
}
