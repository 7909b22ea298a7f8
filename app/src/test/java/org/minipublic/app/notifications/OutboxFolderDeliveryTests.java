package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages in the outbox folder can hold working invitation links: only the account running Minipublic reads them. */
class OutboxFolderDeliveryTests {

    @TempDir
    Path dataDir;

    @Test
    void writesMessagesReadableByTheOwnerOnly() throws Exception {
        Path outbox = dataDir.resolve("data/outbox");
        var id = new MessageId(UUID.randomUUID());

        new OutboxFolderDelivery(outbox, "minipublic@localhost")
                .deliver(id, new Mail("someone@example.org", "Invitation", "Open https://example.org/i/secret"));

        assertThat(mode(outbox)).isEqualTo("rwx------");
        assertThat(mode(outbox.resolve(id + ".eml"))).isEqualTo("rw-------");
        assertThat(Files.readString(outbox.resolve(id + ".eml"))).contains("https://example.org/i/secret");
    }

    @Test
    void closesAFolderAndMessageThatEarlierVersionsLeftOpen() throws Exception {
        Path outbox = dataDir.resolve("outbox");
        var id = new MessageId(UUID.randomUUID());
        Files.createDirectories(outbox);
        Files.setPosixFilePermissions(outbox, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(outbox.resolve(id + ".eml"), "an earlier attempt");
        Files.setPosixFilePermissions(outbox.resolve(id + ".eml"), PosixFilePermissions.fromString("rw-r--r--"));

        new OutboxFolderDelivery(outbox, "minipublic@localhost").deliver(id, new Mail("a@example.org", "Retry", "x"));

        assertThat(mode(outbox)).isEqualTo("rwx------");
        assertThat(mode(outbox.resolve(id + ".eml"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
