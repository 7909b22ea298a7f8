package org.minipublic.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything in the data directory (the database files, the database passwords, the PostgreSQL programs, the lock)
 * is for the account running Minipublic only, including what an earlier version left readable by everyone.
 */
class DataDirectoryPermissionsTests {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    @TempDir
    Path parent;

    @Test
    void keepsEveryFileAndDirectoryForTheOwnerOnly() throws Exception {
        Path dataDir = parent.resolve("data");
        Files.createDirectories(
                dataDir.resolve("outbox"),
                PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-xr-x"))); // as earlier versions made them
        Files.writeString(dataDir.resolve("outbox/old.eml"), "To: someone");
        Files.setPosixFilePermissions(dataDir.resolve("outbox/old.eml"), PosixFilePermissions.fromString("rw-r--r--"));

        try (var database = EmbeddedDatabase.start(dataDir)) {
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve(DatabasePasswords.FILE_NAME))).isEqualTo("rw-------");
            assertThat(mode(dataDir.resolve(DataDirectoryLock.FILE_NAME))).isEqualTo("rw-------");
            assertThat(dataDir.resolve("postgres-binaries")).isDirectory();
            List<Path> open = openToOthers(dataDir);
            assertThat(open).isEmpty();
            assertThat(everything(dataDir)).hasSizeGreaterThan(100); // the walk did see the server's files
        }
    }

    @Test
    void thePasswordsFileIsNeverReadableByOthersEvenWhenRewritten() throws Exception {
        Path dataDir = parent.resolve("data");
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(DatabasePasswords.FILE_NAME);
        Files.writeString(file, "postgres=too-short\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        var passwords = DatabasePasswords.loadOrGenerate(dataDir);

        assertThat(passwords.generated()).isTrue();
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(passwords.of(EmbeddedDatabase.APPLICATION)).hasSize(32);
        assertThat(DatabasePasswords.loadOrGenerate(dataDir).generated()).isFalse();
        assertThat(passwords.toString()).doesNotContain(passwords.of(EmbeddedDatabase.APPLICATION));
    }

    private static List<Path> openToOthers(Path root) throws IOException {
        return everything(root).stream()
                .filter(path -> !Files.isSymbolicLink(path))
                .filter(path -> {
                    try {
                        var permissions = Files.getPosixFilePermissions(path);
                        permissions.retainAll(GROUP_OR_OTHERS);
                        return !permissions.isEmpty();
                    } catch (IOException e) {
                        return false; // removed by PostgreSQL meanwhile
                    }
                })
                .toList();
    }

    private static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
