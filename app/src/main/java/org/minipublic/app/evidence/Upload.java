package org.minipublic.app.evidence;

import java.util.Objects;

/**
 * A file as it came from the browser: its name and its bytes. Neither the name nor the browser's content type is
 * trusted; {@link MaterialType#of} looks at the bytes.
 */
public record Upload(String fileName, byte[] bytes) {

    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        fileName = baseName(fileName);
    }

    /** The name without any folder a browser sends along ({@code C:\fakepath\…}), control characters or quotes. */
    private static String baseName(String name) {
        var base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.replaceAll("[\\p{Cntrl}\"]", "").strip();
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof Upload u && u.fileName.equals(fileName) && java.util.Arrays.equals(u.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + bytes.length + " bytes]";
    }
}
