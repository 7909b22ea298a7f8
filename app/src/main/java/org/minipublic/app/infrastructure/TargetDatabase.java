package org.minipublic.app.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The database a backup or restore works on, found as Minipublic finds it: the server {@code spring.datasource.url}
 * names, else the embedded one in the data directory. A running Minipublic holds its data directory: a backup then
 * connects to its server, and a restore refuses. Otherwise the command starts the embedded server itself and stops it
 * when done. Both work as the owner role, which owns every table.
 */
final class TargetDatabase implements AutoCloseable {

    private final DatabaseAccess access;
    private final String description;
    private final @Nullable EmbeddedDatabase started;

    private TargetDatabase(DatabaseAccess access, String description, @Nullable EmbeddedDatabase started) {
        this.access = access;
        this.description = description;
        this.started = started;
    }

    /** {@code forRestore}: the whole database will be replaced, so nothing else may be using it. */
    static TargetDatabase open(
            Environment settings, boolean forRestore, Function<Path, EmbeddedDatabase> embeddedDatabase) {
        String url = settings.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            return external(settings, url);
        }
        Path dataDirectory = Path.of(settings.getProperty("minipublic.data-dir", "minipublic-data"))
                .toAbsolutePath()
                .normalize();
        if (!forRestore && !Files.exists(dataDirectory.resolve("postgres").resolve("PG_VERSION"))) {
            throw new CommandRefusal("There is no Minipublic database in " + dataDirectory + " (or this account"
                    + " cannot read it: run the command as the account that runs Minipublic). Set MINIPUBLIC_DATA_DIR"
                    + " (or --minipublic.data-dir=) to Minipublic's data directory, or SPRING_DATASOURCE_URL and its"
                    + " user and password to your own PostgreSQL, as when starting Minipublic.");
        }
        try {
            return embedded(dataDirectory, embeddedDatabase.apply(dataDirectory));
        } catch (DataDirectoryInUseException running) {
            if (forRestore) {
                throw new CommandRefusal("Minipublic is running with the data directory " + dataDirectory + "."
                        + " Stop it first: a restore replaces the whole database. Nothing was changed.");
            }
            return running(dataDirectory);
        }
    }

    DatabaseAccess access() {
        return access;
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }

    /** As the owner role (the migrations' user) when set apart, as Minipublic's Flyway does. */
    private static TargetDatabase external(Environment settings, String url) {
        String user = first(settings, "spring.flyway.user", "spring.datasource.username");
        String password = first(settings, "spring.flyway.password", "spring.datasource.password");
        if (user.isBlank()) {
            throw new CommandRefusal("SPRING_DATASOURCE_URL is set, but no user: set SPRING_FLYWAY_USER and"
                    + " SPRING_FLYWAY_PASSWORD (the owner role), as when starting Minipublic.");
        }
        var access = DatabaseAccess.of(url, user, password);
        return new TargetDatabase(access, access.toString(), null);
    }

    private static TargetDatabase embedded(Path dataDirectory, EmbeddedDatabase database) {
        var access = DatabaseAccess.local(
                database.port(),
                EmbeddedDatabase.DATABASE,
                EmbeddedDatabase.OWNER,
                database.password(EmbeddedDatabase.OWNER));
        return new TargetDatabase(access, "embedded database in " + dataDirectory, database);
    }

    /** The running server's port is the fourth line of PostgreSQL's {@code postmaster.pid}. */
    private static TargetDatabase running(Path dataDirectory) {
        List<String> pid;
        try {
            pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new CommandRefusal("Minipublic holds the data directory " + dataDirectory + ", but its database is"
                    + " not running (is it starting or stopping?). Try again in a minute.");
        }
        if (pid.size() < 4 || !pid.get(3).strip().matches("\\d+")) {
            throw new CommandRefusal("Cannot tell the port of the running database from " + dataDirectory
                    + "/postgres/postmaster.pid. Try again in a minute.");
        }
        var passwords = DatabasePasswords.readOnly(dataDirectory);
        var access = DatabaseAccess.local(
                Integer.parseInt(pid.get(3).strip()),
                EmbeddedDatabase.DATABASE,
                EmbeddedDatabase.OWNER,
                passwords.of(EmbeddedDatabase.OWNER));
        return new TargetDatabase(access, "embedded database in " + dataDirectory + " (Minipublic running)", null);
    }

    private static String first(Environment settings, String preferred, String otherwise) {
        String value = settings.getProperty(preferred);
        return value != null ? value : settings.getProperty(otherwise, "");
    }
}
