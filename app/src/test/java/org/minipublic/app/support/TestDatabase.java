package org.minipublic.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throw-away PostgreSQL server per test JVM, with a fresh database for every Spring context, so contexts do not
 * see each other's data and only one server starts. The server stops at JVM exit only after the Spring contexts
 * using it have closed (all shutdown hooks run at once, so without this wait the contexts would lose their
 * database mid-shutdown and hang on connection time-outs).
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicInteger OPEN_USERS = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    private TestDatabase() {}

    /** Creates an empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public static String newDatabase() {
        var postgres = server();
        String name = "test_" + DATABASES.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** Call when a Spring context starts using a database; call {@link #released()} when it closes. */
    public static void inUse() {
        OPEN_USERS.incrementAndGet();
    }

    public static void released() {
        OPEN_USERS.decrementAndGet();
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            synchronized (TestDatabase.class) {
                if (server == null) {
                    try {
                        server = EmbeddedPostgres.builder()
                                .setRegisterShutdownHook(false)
                                .start();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not start the test PostgreSQL", e);
                    }
                    Runtime.getRuntime()
                            .addShutdownHook(new Thread(TestDatabase::stopWhenUnused, "test-postgres-stop"));
                }
            }
        }
        return server;
    }

    private static void stopWhenUnused() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (OPEN_USERS.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
