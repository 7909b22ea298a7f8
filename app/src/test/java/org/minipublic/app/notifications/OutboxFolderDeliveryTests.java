package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages in the outbox folder can hold working invitation links: only the account running Minipublic reads them.
 * Erasing someone deletes the files of the messages sent to them.
 */
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

    @Test
    void forgettingAMessageDeletesItsFileAndNoOtherWhetherMailOrText() throws Exception {
        Path outbox = dataDir.resolve("outbox");
        var mail = new OutboxFolderDelivery(outbox, "minipublic@localhost");
        var texts = new OutboxFolderTexts(outbox.resolve("sms"));
        var gone = new MessageId(UUID.randomUUID());
        var kept = new MessageId(UUID.randomUUID());
        for (var id : java.util.List.of(gone, kept)) {
            mail.deliver(id, new Mail("shared@example.org", "Reminder", "Please call us back"));
            texts.deliver(id.toString(), new TextMessage("07700 900123", "Please call us back"));
        }

        mail.forget(gone);
        texts.forget(gone.toString());
        mail.forget(new MessageId(UUID.randomUUID())); // never written: nothing to do

        assertThat(outbox.resolve(gone + ".eml")).doesNotExist();
        assertThat(outbox.resolve("sms/" + gone + ".txt")).doesNotExist();
        assertThat(outbox.resolve(kept + ".eml")).exists();
        assertThat(outbox.resolve("sms/" + kept + ".txt")).exists();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
