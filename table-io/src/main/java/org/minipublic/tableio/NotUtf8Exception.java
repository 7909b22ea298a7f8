package org.minipublic.tableio;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text saved in another encoding than UTF-8 (Windows-1252 from an older spreadsheet program's plain "CSV", UTF-16).
 * Read anyway, it would turn "Genève" into a value with a replacement character that matches nothing, and the message
 * would then blame the value rather than the encoding; so it is refused, naming the line of the first byte UTF-8 does
 * not allow.
 */
public class NotUtf8Exception extends InputException {

    private final int line;

    NotUtf8Exception(String file, int line, String problem) {
        super(List.of(new InputProblem(
                file, 0, null, problem + "; save it as UTF-8 (in a spreadsheet program: CSV UTF-8) and try again")));
        this.line = line;
    }

    /** The line (from 1) of the first byte that UTF-8 does not allow. */
    public int line() {
        return line;
    }

    /** Refuses {@code bytes} unless they are UTF-8 text. */
    public static void check(String file, byte[] bytes) {
        problem(bytes).ifPresent(problem -> {
            throw new NotUtf8Exception(file, problem.line(), problem.describe());
        });
    }

    /**
     * What makes these bytes other than UTF-8 text, naming the line and the first byte that UTF-8 does not allow there,
     * as "is not UTF-8 text: line 3 has the byte 0xE9, which UTF-8 does not allow there"; empty when they are UTF-8.
     */
    public static Optional<String> describe(byte[] bytes) {
        return problem(bytes).map(Problem::describe);
    }

    private record Problem(int at, int line, int value) {
        String describe() {
            return String.format(
                    Locale.ROOT,
                    "is not UTF-8 text: line %d has the byte 0x%02X, which UTF-8 does not allow there",
                    line,
                    value);
        }
    }

    private static Optional<Problem> problem(byte[] bytes) {
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
            return Optional.of(new Problem(at, lineOf(bytes, at), bytes[at] & 0xff));
        }
    }

    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
