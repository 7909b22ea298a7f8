package org.minipublic.app.infrastructure;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL programs, unpacked into a directory of our own. The library's default place, {@code
 * /tmp/embedded-pg}, is writable by every local user, who could put a program of their own there for Minipublic to
 * run. Also tells where the programs are, which the library keeps to itself: setting a password before the server
 * first listens needs {@code postgres} in single-user mode.
 */
final class PostgresBinaries implements PgBinaryResolver {

    private final Path directory;
    private final PgBinaryResolver archive;
    private @Nullable MessageDigest archiveDigest;
    private @Nullable Path unpacked;

    /** The programs of the PostgreSQL that Minipublic ships (the binaries jar on the class path). */
    PostgresBinaries(Path directory) {
        this(directory, DefaultPostgresBinaryResolver.INSTANCE);
    }

    /** Another PostgreSQL's programs: the backup commands' tests run a server as old as Debian 12's pg_dump. */
    PostgresBinaries(Path directory, PgBinaryResolver archive) {
        this.directory = directory;
        this.archive = archive;
    }

    Path directory() {
        return directory;
    }

    /**
     * The library reads the whole archive through this stream and unpacks it into {@code <directory>/PG-<MD5 of the
     * archive>}; we compute the same digest while it reads.
     */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        try {
            archiveDigest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        return new DigestInputStream(archive.getPgBinary(system, machineHardware), archiveDigest);
    }

    /** A program in the unpacked {@code bin} directory; only known once the library has unpacked the archive. */
    Path program(String name) {
        if (unpacked == null) {
            if (archiveDigest == null) {
                throw new IllegalStateException("The PostgreSQL programs have not been unpacked yet");
            }
            unpacked = directory.resolve("PG-" + HexFormat.of().formatHex(archiveDigest.digest()));
        }
        Path program = unpacked.resolve("bin").resolve(name);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("The PostgreSQL program " + program + " is missing");
        }
        return program;
    }
}
