package org.minipublic.app.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running by an earlier Minipublic that was killed without shutting down. Only called
 * while this process holds the data-directory lock, so the server cannot belong to a live Minipublic.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {}

    static void stopIfRunning(Path postgresFiles) throws IOException {
        Path pidFile = postgresFiles.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself removes a stale pid file of a dead server.
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Minipublic", pid);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old process.
        try {
            process.get().onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("PostgreSQL (pid " + pid + ") from an earlier run did not stop within " + WAIT, e);
        }
    }
}
