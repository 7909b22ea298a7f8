package org.minipublic.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The e-mail a recipient was sent, as it went out: the {@code .eml} files that the outbox-folder delivery writes when
 * no SMTP server is configured (as in tests), found through the stored messages.
 */
public final class Mailbox {

    private final JdbcClient jdbc;
    private final Path outbox;

    public Mailbox(JdbcClient jdbc, Path dataDirectory) {
        this.jdbc = jdbc;
        this.outbox = dataDirectory.resolve("outbox");
    }

    /** How many messages to this address have been delivered (or failed) so far. */
    public int count(String recipient) {
        return delivered(recipient).size();
    }

    /** Waits until the {@code n}th message to this address (counting from 1) has gone out, and returns it. */
    public String await(String recipient, int n) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<UUID> ids = delivered(recipient);
        while (ids.size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("message " + n + " to " + recipient + " did not arrive; found " + ids.size());
            }
            pause();
            ids = delivered(recipient);
        }
        try {
            return Files.readString(outbox.resolve(ids.get(n - 1) + ".eml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first link in the message whose path starts with {@code path}. */
    public static String link(String message, String path) {
        var matcher = Pattern.compile("https?://\\S+?" + Pattern.quote(path) + "[A-Za-z0-9_-]+")
                .matcher(message);
        if (!matcher.find()) {
            throw new AssertionError("no " + path + " link in:\n" + message);
        }
        return matcher.group();
    }

    private List<UUID> delivered(String recipient) {
        return jdbc.sql(
                        """
                select id from notifications.messages
                where lower(recipient) = lower(:recipient) and status <> 'PENDING'
                order by created_at, id
                """)
                .param("recipient", recipient)
                .query(UUID.class)
                .list();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
