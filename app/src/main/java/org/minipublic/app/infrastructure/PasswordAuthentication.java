package org.minipublic.app.infrastructure;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the embedded server ask every connection for a password before it first listens. The library creates servers
 * that trust every local connection; a server from an earlier Minipublic did too, and its superuser has no password.
 * Runs on the server's files after they exist and before the server starts.
 */
final class PasswordAuthentication {

    /**
     * SCRAM passwords for TCP connections from this machine only; no line for Unix sockets, as the server opens none.
     * PostgreSQL reads this file at start, and we write it at every start, so an old or edited file cannot linger.
     */
    static final String HBA =
            """
            # Written by Minipublic at every start: edits are overwritten.
            # Every connection needs a password; only from this machine, over TCP (the server opens no Unix socket).
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private PasswordAuthentication() {}

    /**
     * Writes the server's client authentication file and, when the superuser's password is new (a fresh server, or
     * one from a version without passwords), sets it with the server stopped, so there is no moment in which the
     * server listens without asking for it.
     */
    static void apply(Path serverFiles, PostgresBinaries binaries, String superuserPassword, boolean newPassword) {
        OwnerOnly.write(serverFiles.resolve("pg_hba.conf"), HBA);
        if (newPassword) {
            setSuperuserPassword(serverFiles, binaries.program("postgres"), superuserPassword);
        }
    }

    /** PostgreSQL's single-user mode reads SQL from its input without opening any connection. */
    private static void setSuperuserPassword(Path serverFiles, Path postgres, String password) {
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(
                postgres.toString(), "--single", "-D", serverFiles.toString(), "-c", "log_statement=none", "postgres"));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var input = process.getOutputStream()) {
                String sql = "alter role " + EmbeddedDatabase.SUPERUSER + " with password '" + password + "'\n";
                input.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            // Single-user mode reports a failed statement in its output and still ends normally.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("ERROR:")) {
                process.destroyForcibly();
                // The output is not shown: an error message can quote the statement, and with it the password.
                throw new IllegalStateException("PostgreSQL could not set the superuser's password in single-user"
                        + " mode; the server files may belong to another PostgreSQL version or be damaged");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + postgres, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the database password", e);
        }
    }
}
