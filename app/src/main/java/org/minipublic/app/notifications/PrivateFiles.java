package org.minipublic.app.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The outbox folder and its messages are for the account running Minipublic only (700 and 600): a message can hold a
 * working invitation link, which is as good as a password to whoever reads it first.
 */
final class PrivateFiles {

    private PrivateFiles() {}

    static void directory(Path directory) throws IOException {
        if (!posix()) {
            Files.createDirectories(directory);
            return;
        }
        Files.createDirectories(
                directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------")); // one made earlier
    }

    /** The file is 600 from the moment it exists, so its content is never readable by others. */
    static void write(Path file, String content) throws IOException {
        FileAttribute<?>[] ownerOnly = posix()
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        var options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try (var channel = Files.newByteChannel(file, options, ownerOnly)) {
            channel.write(StandardCharsets.UTF_8.encode(content));
        }
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); // one written earlier
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
