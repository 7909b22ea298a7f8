package org.minipublic.app.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The two-factor key in the data directory ({@value #FILE_NAME}), generated at the first start and readable by the
 * account running Minipublic only (600), like the database passwords next to it. Losing it makes every enrolment
 * useless (administrators then reset them); backups of the data directory must include it.
 */
final class KeyFile {

    static final String FILE_NAME = "two-factor.key";
    static final int KEY_BYTES = 32;

    private KeyFile() {}

    static byte[] loadOrGenerate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(dataDirectory);
            write(file, Base64.getEncoder().encodeToString(key) + "\n");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file.toAbsolutePath(), e);
        }
    }

    /** Fails fast, without echoing the value, when the text is not 32 bytes in Base64. */
    static byte[] decode(String text) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The two-factor key is not Base64 (expected 32 random bytes)");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The two-factor key must be 32 bytes in Base64, found " + key.length);
        }
        return key;
    }

    private static void write(Path file, String content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        try (var channel = Files.newByteChannel(
                file, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly)) {
            channel.write(StandardCharsets.US_ASCII.encode(content));
        }
    }
}
