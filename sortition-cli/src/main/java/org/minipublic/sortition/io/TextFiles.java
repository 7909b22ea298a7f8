package org.minipublic.sortition.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.NotUtf8Exception;
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
        NotUtf8Exception.describe(bytes).ifPresent(problem -> {
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
        return TableReader.read(file);
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
