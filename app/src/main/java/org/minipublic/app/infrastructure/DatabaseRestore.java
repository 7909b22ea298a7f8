package org.minipublic.app.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces the whole database with a backup made by {@link DatabaseBackup}, in one transaction: if anything fails,
 * nothing has changed. Before touching the database it checks that the file is a backup of a Minipublic database,
 * that nobody else is connected, and that the database has no table the backup lacks (those would survive the
 * restore and break the next start's migrations).
 */
final class DatabaseRestore {

    /** A table in {@code pg_restore --list}: {@code <id>; <catalog> <oid> TABLE <schema> <name> <owner>}. */
    private static final Pattern TABLE = Pattern.compile("^\\d+; \\d+ \\d+ TABLE (\\S+) (\\S+) ", Pattern.MULTILINE);

    private static final String UNCHANGED = " Nothing was changed.";

    private DatabaseRestore() {}

    /** Returns what to tell the operator. */
    static String apply(TargetDatabase database, Path file, PostgresTools tools) {
        Path source = readable(file);
        var facts = DatabaseFacts.of(database);
        Path pgRestore = tools.find("pg_restore", facts.serverVersion());
        Set<String> backedUp = tablesIn(pgRestore, source);
        refuseOthers(database, facts);
        refuseExtraTables(database, facts, backedUp);
        var run = PostgresTools.run(
                restoreCommand(pgRestore, database, source), database.access().environment());
        if (!run.succeeded()) {
            throw new CommandRefusal("pg_restore stopped. It works in one transaction, which was rolled back: the "
                    + database + " is as it was.\n" + run.errorSummary());
        }
        return "Restored " + source + " into the " + database + ", replacing what it held.\n"
                + "Start Minipublic with the two-factor key the backup was made with; the start checks the migrations"
                + " and completes them if the backup is from an earlier version.";
    }

    /**
     * Drops what the backup holds and creates it again, as the owner role (who then owns it all, whatever the backup
     * says), keeping the grants: the application's role gets back exactly its rights, on the audit log add and read.
     */
    private static List<String> restoreCommand(Path pgRestore, TargetDatabase database, Path source) {
        return List.of(
                pgRestore.toString(),
                "--clean",
                "--if-exists",
                "--single-transaction",
                "--exit-on-error",
                "--no-owner",
                "--no-password",
                "--dbname=" + database.access().database(),
                source.toString());
    }

    /** The backup file, refused when missing or unreadable. */
    static Path readable(Path file) {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new CommandRefusal("There is no backup file " + source + "." + UNCHANGED);
        }
        if (!Files.isReadable(source)) {
            throw new CommandRefusal("Cannot read " + source + " (its permissions?)." + UNCHANGED);
        }
        return source;
    }

    /** The tables the backup holds, read from its table of contents; refuses a file that is not such a backup. */
    private static Set<String> tablesIn(Path pgRestore, Path source) {
        var run = PostgresTools.run(List.of(pgRestore.toString(), "--list", source.toString()), Map.of());
        if (!run.succeeded()) {
            throw new CommandRefusal(source + " is not a backup made by the backup command (pg_restore cannot read"
                    + " it; a backup made by a newer pg_dump needs a pg_restore as new)." + UNCHANGED + "\n"
                    + run.errorSummary());
        }
        var tables = TABLE.matcher(run.output())
                .results()
                .map(table -> table.group(1) + " " + table.group(2))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!tables.contains("audit entries")) {
            throw new CommandRefusal(source + " is a PostgreSQL backup, but not of a Minipublic database (it has no"
                    + " audit log)." + UNCHANGED);
        }
        return tables;
    }

    private static void refuseOthers(TargetDatabase database, DatabaseFacts facts) {
        if (facts.otherSessions() > 0) {
            throw new CommandRefusal(facts.otherSessions() + " other connection(s) to the " + database + ": stop"
                    + " Minipublic (every node) and anything else using the database first; a restore replaces the"
                    + " whole database." + UNCHANGED);
        }
    }

    private static void refuseExtraTables(TargetDatabase database, DatabaseFacts facts, Set<String> backedUp) {
        var extra = new TreeSet<>(facts.tables());
        extra.removeAll(backedUp);
        if (!extra.isEmpty()) {
            throw new CommandRefusal("The " + database + " has tables the backup does not ("
                    + extra.stream().limit(5).map(t -> t.replace(' ', '.')).collect(Collectors.joining(", "))
                    + "): it was made by a newer Minipublic than the backup. Restore into an empty database instead"
                    + " (docs/operations.md, Backups)." + UNCHANGED);
        }
    }
}
