package org.minipublic.app.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself, keeping its files in {@code <data directory>/postgres} so that
 * data survives restarts. Used when no external database is configured. Every connection needs a password (kept in
 * the data directory, readable by this account only), the server listens on this machine's loopback address only and
 * opens no Unix socket, and the whole data directory is readable by this account only.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "minipublic";
    static final String SUPERUSER = "postgres";
    /** Owns the tables and runs the migrations. */
    static final String OWNER = "minipublic_owner";
    /** What the application connects as: no right to change the tables' structure or the audit log. */
    static final String APPLICATION = "minipublic_app";

    static final List<String> ROLES = List.of(SUPERUSER, OWNER, APPLICATION);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabasePasswords passwords;
    private @Nullable HikariDataSource ownerConnections;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, DatabasePasswords passwords) {
        this.lock = lock;
        this.postgres = postgres;
        this.passwords = passwords;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, dataDirectory.resolve("postgres-binaries"));
    }

    /** {@code binaries}: where the PostgreSQL programs are unpacked; a directory only this account can write to. */
    static EmbeddedDatabase start(Path dataDirectory, Path binaries) {
        return start(dataDirectory, new PostgresBinaries(binaries));
    }

    static EmbeddedDatabase start(Path dataDirectory, PostgresBinaries binaries) {
        OwnerOnly.directory(dataDirectory);
        var lock = DataDirectoryLock.acquire(dataDirectory);
        Path files = dataDirectory.resolve("postgres");
        try {
            StalePostmaster.stopIfRunning(files);
            var passwords = DatabasePasswords.loadOrGenerate(dataDirectory);
            var postgres = server(files, binaries, passwords);
            DatabaseRoles.prepare(postgres, passwords);
            OwnerOnly.restrictTree(dataDirectory);
            OwnerOnly.restrictTree(binaries.directory());
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), files);
            return new EmbeddedDatabase(lock, postgres, passwords);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL with data in " + files.toAbsolutePath() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static EmbeddedPostgres server(Path files, PostgresBinaries binaries, DatabasePasswords passwords)
            throws IOException {
        // A server made just now (by the library's initdb) has a superuser without a password.
        boolean newPassword = passwords.generated() || !Files.exists(files.resolve("postgresql.conf"));
        String superuserPassword = passwords.of(SUPERUSER);
        OwnerOnly.directory(binaries.directory());
        return EmbeddedPostgres.builder()
                .setDataDirectory(files)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(binaries.directory().toFile())
                .setPgBinaryResolver(binaries)
                .setDataDirectoryCustomizer(directory ->
                        PasswordAuthentication.apply(directory.toPath(), binaries, superuserPassword, newPassword))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                // The library's defaults suit throw-away test databases; real data must reach the disk.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "50")
                .setConnectConfig("password", superuserPassword)
                .start();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String password(String role) {
        return passwords.of(role);
    }

    /**
     * Connections as the owner, for the migrations at start-up only. Pooled: every module's migrations ask for
     * connections of their own, and each new connection costs a password exchange (SCRAM, thousands of hash rounds on
     * our side), which took a sixth of a start. Closed by {@link #closeOwnerConnections()} once they have run.
     */
    DataSource ownerDataSource() {
        synchronized (this) {
            if (ownerConnections == null) {
                var pool = new HikariDataSource();
                pool.setPoolName("minipublic-migrations");
                pool.setJdbcUrl(jdbcUrl());
                pool.setUsername(OWNER);
                pool.setPassword(passwords.of(OWNER));
                pool.setMaximumPoolSize(4); // Flyway holds up to three at once when callbacks run
                pool.setMinimumIdle(0);
                ownerConnections = pool;
            }
            return ownerConnections;
        }
    }

    /** Once the migrations are done, no connection as the owner stays open while the application runs. */
    void closeOwnerConnections() {
        synchronized (this) {
            if (ownerConnections != null) {
                ownerConnections.close();
            }
        }
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            closeOwnerConnections();
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }
}
