package org.minipublic.app.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that only the account running Minipublic may read: the data directory holds the database, its passwords and
 * e-mails with working invitation links. Directories are 700, files 600 (700 for programs).
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {}

    /** Creates the directory (and missing parents) as 700, or takes group and others' rights off an existing one. */
    static void directory(Path directory) {
        try {
            if (!posix()) {
                Files.createDirectories(directory);
                return;
            }
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            restrict(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + directory.toAbsolutePath(), e);
        }
    }

    /** Writes a file that is 600 from the moment it exists, so that its content is never readable by others. */
    static void write(Path file, String content) {
        try {
            var options = EnumSet.of(
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            var attributes = posix()
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                    : new FileAttribute<?>[0];
            try (var channel = Files.newByteChannel(file, options, attributes)) {
                channel.write(StandardCharsets.UTF_8.encode(content));
            }
            restrict(file); // an existing file keeps its old mode when opened
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Takes group and others' rights off everything under the directory. Data directories made by earlier versions were
     * readable by everyone, and the PostgreSQL library leaves a few files and its program folder open.
     */
    static void restrictTree(Path root) {
        if (!posix()) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    restrict(directory);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isSymbolicLink()) {
                        restrict(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // PostgreSQL removed a temporary file while we walked
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions under " + root.toAbsolutePath(), e);
        }
    }

    private static void restrict(Path path) {
        try {
            var permissions = Files.getPosixFilePermissions(path);
            if (permissions.removeAll(OTHERS)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (NoSuchFileException goneMeanwhile) {
            // PostgreSQL removes temporary files while we walk; nothing left to protect.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
