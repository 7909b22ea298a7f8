package org.minipublic.app.notifications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For installations without an SMS provider: writes each text as a {@code .txt} file named after its id. */
class OutboxFolderTexts implements TextDelivery {

    private final Path folder;

    OutboxFolderTexts(Path folder) {
        this.folder = folder;
    }

    @Override
    public void deliver(String id, TextMessage message) throws IOException {
        PrivateFiles.directory(folder);
        PrivateFiles.write(folder.resolve(id + ".txt"), "To: " + message.phone() + "\n\n" + message.body() + "\n");
    }

    @Override
    public void forget(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + ".txt"));
    }

    @Override
    public String channel() {
        return "text outbox folder " + folder.toAbsolutePath();
    }
}
