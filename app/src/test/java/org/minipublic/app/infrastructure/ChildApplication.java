package org.minipublic.app.infrastructure;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.minipublic.app.support.TestDatabase;
import org.minipublic.app.support.WebClient;

/**
 * The packaged application run as a process of its own, as in production, on a test database; killed with SIGKILL
 * (what {@link Process#destroyForcibly()} sends on Linux), so that nothing of it runs after. Its draw watch uses
 * short times, so that a draw it left behind is found within seconds of a restart.
 */
final class ChildApplication {

    private static final Duration START = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final String database;
    private final Path log;

    private ChildApplication(Process process, int port, String database, Path log) {
        this.process = process;
        this.port = port;
        this.database = database;
        this.log = log;
    }

    /** Starts the jar and waits until it answers {@code /actuator/health}. */
    /** @param drawTimeLimit the engine's time limit, as an ISO-8601 duration */
    static ChildApplication start(Path jar, String database, Path work, String name, String drawTimeLimit)
            throws Exception {
        int port = freePort();
        var log = work.resolve(name + ".log");
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx512m",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--minipublic.data-dir=" + Files.createDirectories(work.resolve("data-" + name)),
                "--minipublic.security.two-factor.required=false",
                "--minipublic.privacy.purge-first=PT10H",
                "--minipublic.selection.heartbeat-every=PT1S",
                "--minipublic.selection.abandoned-after=PT3S",
                "--minipublic.selection.sweep-every=PT1S",
                "--minipublic.selection.time-limit=" + drawTimeLimit));
        TestDatabase.connectionProperties(database).forEach((key, value) -> command.add("--" + key + "=" + value));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var child = new ChildApplication(process, port, database, log);
        child.awaitHealthy();
        return child;
    }

    int port() {
        return port;
    }

    WebClient client() {
        return new WebClient(port);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the application process did not die within 30 s of SIGKILL");
        }
    }

    long sql(String query) throws SQLException {
        return Long.parseLong(text(query));
    }

    String text(String query) throws SQLException {
        try (var connection = connect();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            if (!rows.next()) {
                throw new AssertionError("no row from " + query);
            }
            return rows.getString(1);
        }
    }

    /** Polls, every few milliseconds, until the count is above zero. */
    void awaitSql(String countQuery, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (var connection = connect();
                var statement = connection.prepareStatement(countQuery)) {
            while (System.nanoTime() < deadline) {
                try (var rows = statement.executeQuery()) {
                    if (rows.next() && rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError(
                "waited " + WAIT.toSeconds() + " s for " + what + " in vain; the log ends:\n" + tail());
    }

    private void awaitHealthy() throws Exception {
        var http = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application process ended while starting; its log ends:\n" + tail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError(
                "the application did not start within " + START.toSeconds() + " s; its log ends:\n" + tail());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database, TestDatabase.OWNER, "");
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
