package org.minipublic.app.notifications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For installations without SMTP (local runs, demos): writes each message as a {@code .eml} file that any mail
 * program opens, named after its id.
 */
class OutboxFolderDelivery implements MailDelivery {

    private final Path folder;
    private final String from;

    OutboxFolderDelivery(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void deliver(MessageId id, Mail mail) throws IOException {
        PrivateFiles.directory(folder);
        String eml = "From: " + from + "\r\n"
                + "To: " + mail.recipient() + "\r\n"
                + "Subject: " + mail.subject() + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + mail.body().replace("\n", "\r\n");
        PrivateFiles.write(folder.resolve(id + ".eml"), eml);
    }

    @Override
    public void forget(MessageId id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + ".eml"));
    }

    @Override
    public String channel() {
        return "outbox folder " + folder.toAbsolutePath();
    }
}
