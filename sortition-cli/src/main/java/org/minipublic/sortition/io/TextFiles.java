package org.minipublic.sortition.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;

/**
 * Every file the command line reads as text, read as UTF-8 or refused. A file saved in another encoding (Windows-1252
 * from an older spreadsheet program, UTF-16) would otherwise fail with a Java exception, or, in a table, be read with
 * replacement characters: "Genève" would become a value that matches no target, and a message would blame the value
 * rather than the encoding.
 */
public final class TextFiles {

    private TextFiles() {}

    /**
     * The file's text.
     *
     * @throws InputException naming the file when it is missing, unreadable or not UTF-8
     */
    public static String read(Path file) {
        byte[] bytes = bytes(file);
        notUtf8(bytes).ifPresent(problem -> {
            throw InputException.of(name(file), problem + "; save it as UTF-8 and try again");
        });
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A table from a CSV file in UTF-8 (with or without byte-order mark) or an XLSX file, which is not text.
     *
     * @throws InputException naming the file when it is missing, unreadable, not UTF-8 or not a table
     */
    public static Table table(Path file) {
        if (name(file).toLowerCase(Locale.ROOT).endsWith(".xlsx") || !Files.isRegularFile(file)) {
            return TableReader.read(file); // which names a missing file in the same words as for any table
        }
        byte[] bytes = bytes(file);
        notUtf8(bytes).ifPresent(problem -> {
            throw InputException.of(
                    name(file), problem + "; save it as UTF-8 (in a spreadsheet program: CSV UTF-8) and try again");
        });
        return TableReader.read(name(file), bytes);
    }

    /**
     * What makes these bytes other than UTF-8 text, naming the line and the first byte that UTF-8 does not allow there,
     * as "is not UTF-8 text: line 3 has the byte 0xE9"; empty when they are UTF-8.
     */
    public static Optional<String> notUtf8(byte[] bytes) {
        var in = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            int at = in.position(); // the decoder stops at the start of the bytes it cannot read
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return Optional.of(String.format(
                    Locale.ROOT,
                    "is not UTF-8 text: line %d has the byte 0x%02X, which UTF-8 does not allow there",
                    line,
                    bytes[at] & 0xff));
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.of(
                    name(file), "the file does not exist or cannot be read (" + file.toAbsolutePath() + ")");
        }
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
