package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.tableio.InputException;

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
     * The committed lottery, checked against its published SHA-256 (and the announced one, when given).
     *
     * @throws InputException naming the file when the commitment is missing, unreadable or altered
     */
    static Commitment readCommitment(Path dir, String announcedSha256) throws IOException {
        Path text = publicDir(dir).resolve(COMMITMENT);
        Path hash = publicDir(dir).resolve(HASH);
        for (Path file : new Path[] {text, hash}) {
            if (!Files.isRegularFile(file)) {
                throw InputException.of(file.toString(), "is missing: is this a ceremony directory made by 'commit'?");
            }
        }
        Commitment commitment;
        try {
            commitment = Commitment.parse(Files.readString(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw InputException.of(text.toString(), "is not a ceremony commitment: " + e.getMessage());
        }
        String published =
                Files.readString(hash, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
        if (!commitment.sha256().equals(published)) {
            throw InputException.of(
                    text.toString(),
                    "has been altered: its SHA-256 is " + commitment.sha256() + ", but " + HASH + " says " + published);
        }
        if (!announcedSha256.isEmpty() && !announcedSha256.strip().equalsIgnoreCase(published)) {
            throw InputException.of(
                    hash.toString(),
                    "says " + published + ", not the SHA-256 announced before the draw (" + announcedSha256.strip()
                            + ")");
        }
        return commitment;
    }
}
