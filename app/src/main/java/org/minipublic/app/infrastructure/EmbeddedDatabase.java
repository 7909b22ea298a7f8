package org.minipublic.app.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself, keeping its files in {@code <data directory>/postgres} so that
 * data survives restarts. Used when no external database is configured.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "minipublic";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        var lock = DataDirectoryLock.acquire(dataDirectory);
        Path files = dataDirectory.resolve("postgres");
        try {
            StalePostmaster.stopIfRunning(files);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(files)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // The library's defaults suit throw-away test databases; real data must reach the disk.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "50")
                    .start();
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), files);
            return new EmbeddedDatabase(lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL with data in " + files.toAbsolutePath() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }
}
