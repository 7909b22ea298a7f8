package org.minipublic.app.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.notifications.StoredMessage;
import org.minipublic.app.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;

/**
 * The e-mail the application sent, both as it stored it (the outbox page) and as it went out (the {@code .eml} file
 * the outbox folder delivery writes when no SMTP server is configured).
 */
@TestComponent
public class Outbox {

    private final Notifications notifications;
    private final Path folder;

    Outbox(Notifications notifications, @Value("${minipublic.data-dir}") Path dataDir) {
        this.notifications = notifications;
        this.folder = dataDir.resolve("outbox");
    }

    /** The newest stored message to this address, once its delivery has been tried. */
    public StoredMessage awaitStored(String recipient) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> notifications.latest(Actor.system(), 0, 500).stream()
                                .filter(m -> m.recipient().equalsIgnoreCase(recipient))
                                .filter(m -> m.status() != StoredMessage.DeliveryStatus.PENDING)
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }

    /** The newest e-mail that went out to this address, as written to the outbox folder. */
    public Sent awaitSent(String recipient) {
        return read(awaitStored(recipient));
    }

    /** Waits until the {@code n}th message to this address (counting from 1, oldest first) has been tried. */
    public Sent awaitSent(String recipient, int n) {
        return read(await().atMost(Duration.ofSeconds(15))
                .until(() -> tried(recipient), tried -> tried.size() >= n)
                .get(n - 1));
    }

    /** How many messages to this address have been tried so far (sent or failed). */
    public int count(String recipient) {
        return tried(recipient).size();
    }

    /** Runs {@code send} while delivery fails (a file stands where the outbox folder should be); the message stored. */
    public StoredMessage whileBroken(Runnable send, String recipient) throws IOException {
        var aside = folder.resolveSibling("outbox-aside");
        if (Files.exists(folder)) {
            Files.move(folder, aside);
        }
        Files.createFile(folder);
        try {
            send.run();
            return awaitStored(recipient);
        } finally {
            Files.delete(folder);
            if (Files.exists(aside)) {
                Files.move(aside, folder);
            }
        }
    }

    /** The first link in the text whose path starts with {@code path}. */
    public static String link(String text, String path) {
        var matcher = Pattern.compile("https?://\\S+?" + Pattern.quote(path) + "[A-Za-z0-9_-]+")
                .matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + path + " link in:\n" + text);
        }
        return matcher.group();
    }

    private List<StoredMessage> tried(String recipient) {
        return notifications.latest(Actor.system(), 0, 500).stream()
                .filter(m -> m.recipient().equalsIgnoreCase(recipient))
                .filter(m -> m.status() != StoredMessage.DeliveryStatus.PENDING)
                .sorted(Comparator.comparing(StoredMessage::createdAt).thenComparing(m -> m.id().toString()))
                .toList();
    }

    public Sent read(StoredMessage message) {
        try {
            String eml = Files.readString(folder.resolve(message.id() + ".eml"), StandardCharsets.UTF_8);
            int end = eml.indexOf("\r\n\r\n");
            return new Sent(List.of(eml.substring(0, end).split("\r\n")), eml.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** An outgoing e-mail: its header lines, and its body. */
    public record Sent(List<String> headers, String body) {

        public String header(String name) {
            return headers.stream()
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " header in " + headers));
        }
    }
}
