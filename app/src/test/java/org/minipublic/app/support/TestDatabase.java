package org.minipublic.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throw-away PostgreSQL server per test JVM, with a fresh database for every Spring context, so contexts do not
 * see each other's data and only one server starts. As in production, each database belongs to an owner role that
 * runs the migrations, and the application connects as a role with fewer rights. The server stops at JVM exit only after the Spring contexts
 * using it have closed (all shutdown hooks run at once, so without this wait the contexts would lose their
 * database mid-shutdown and hang on connection time-outs).
 */
public final class TestDatabase {

    /** Owns every test database and runs the migrations (the server trusts local connections: no passwords). */
    public static final String OWNER = "minipublic_owner";
    /** What the application connects as. */
    public static final String APPLICATION = "minipublic_app";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicInteger OPEN_USERS = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    private TestDatabase() {}

    /** Creates an empty database owned by {@link #OWNER} and returns its JDBC URL (no user in it). */
    public static String newDatabase() {
        var postgres = server();
        String name = "test_" + DATABASES.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        // Without ?user=: the driver would prefer it to the user name the application is configured with.
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    /** The settings that make an application use {@code url} as in production: migrations as owner, rest as app. */
    public static Map<String, String> connectionProperties(String url) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", APPLICATION,
                "spring.flyway.user", OWNER);
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
                        createRoles(server);
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

    private static void createRoles(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role " + OWNER + " login");
            statement.execute("create role " + APPLICATION + " login");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database roles", e);
        }
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
