package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.NotUtf8Exception;

/**
 * The files of a ceremony directory. {@code public/} holds what may be published: the commitment's text, its SHA-256
 * and, after the reveal, the result. {@code private/} holds the list of pseudonyms and ids, for the organisers alone.
 */
final class CeremonyFiles {

    static final String COMMITMENT = "commitment.txt";
    static final String HASH = "commitment.sha256";
    static final String RESULT = "result.txt";
    static final String PSEUDONYMS = "pseudonyms.csv";
    static final String SELECTED = "selected.csv";

    private CeremonyFiles() {}

    static Path publicDir(Path dir) {
        return dir.resolve("public");
    }

    static Path privateDir(Path dir) {
        return dir.resolve("private");
    }

    /**
     * A published file that does not check out: missing, not UTF-8, malformed or altered. {@code verify} reports it as
     * NOT VERIFIED, since that is its answer about the files; {@code reveal} refuses to go on.
     */
    static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;

        /** @param sentence what failed, as a sentence that names the file */
        Failed(String sentence) {
            super(sentence);
        }

        static Failed of(Path file, String problem) {
            return new Failed(file.getFileName() + " " + problem);
        }
    }

    /**
     * Stops when there is nothing to check at all: no such directory, or one without {@code public/}.
     *
     * @throws InputException naming the directory
     */
    static void requireCeremony(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw InputException.of(dir.toString(), Files.exists(dir) ? "is not a directory" : "does not exist");
        }
        if (!Files.isDirectory(publicDir(dir))) {
            throw InputException.of(
                    dir.toString(),
                    "has no public folder: give the ceremony's directory, the one 'ceremony commit' made");
        }
    }

    /**
     * The committed lottery, checked against its published SHA-256 (and the announced one, when given).
     *
     * @throws Failed naming the file when the commitment or its hash is missing, not UTF-8, malformed or altered
     */
    static Commitment readCommitment(Path dir, String announcedSha256) throws Failed {
        Path text = publicDir(dir).resolve(COMMITMENT);
        Path hash = publicDir(dir).resolve(HASH);
        Commitment commitment;
        try {
            commitment = Commitment.parse(text(text));
        } catch (IllegalArgumentException e) {
            throw Failed.of(text, "is not a ceremony commitment: " + e.getMessage());
        }
        String published = text(hash).strip().toLowerCase(Locale.ROOT);
        if (!commitment.sha256().equals(published)) {
            throw Failed.of(
                    text,
                    "has been altered: its SHA-256 is " + commitment.sha256() + ", but " + HASH + " says " + published);
        }
        if (!announcedSha256.isEmpty() && !announcedSha256.strip().equalsIgnoreCase(published)) {
            throw Failed.of(
                    hash,
                    "says " + published + ", not the SHA-256 announced before the draw (" + announcedSha256.strip()
                            + ")");
        }
        return commitment;
    }

    /**
     * A published file's text. 'commit' and 'reveal' write UTF-8, so a file that is not UTF-8 has been changed since.
     *
     * @throws Failed when the file is missing, unreadable or not UTF-8
     */
    static String text(Path file) throws Failed {
        if (!Files.isRegularFile(file)) {
            throw Failed.of(file, "is missing");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Failed.of(file, "cannot be read: " + e.getMessage());
        }
        var notUtf8 = NotUtf8Exception.describe(bytes);
        if (notUtf8.isPresent()) {
            throw Failed.of(file, notUtf8.get() + ", so it is not the file the ceremony wrote");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
