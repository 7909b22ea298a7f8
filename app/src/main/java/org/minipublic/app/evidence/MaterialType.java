package org.minipublic.app.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a material may be, each recognised by its first bytes (its "magic number"), never by its name or
 * the browser's word alone: a file that only claims to be a PDF is refused, and every file is served with the type
 * its bytes showed.
 */
public enum MaterialType {
    PDF("application/pdf", List.of("pdf")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
    ODP("application/vnd.oasis.opendocument.presentation", List.of("odp")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg"));

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** An OpenDocument file starts with an uncompressed entry "mimetype" holding its type (ODF 1.2, part 3, 3.3). */
    private static final byte[] ODP_MIMETYPE = ascii("mimetypeapplication/vnd.oasis.opendocument.presentation");

    private static final int ODF_MIMETYPE_OFFSET = 30;
    /** A PowerPoint file is a zip with this part; zip entry names are stored uncompressed. */
    private static final byte[] PPTX_PART = ascii("ppt/presentation.xml");

    private final String mediaType;
    private final List<String> extensions;

    MaterialType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether browsers should show it in the page rather than download it. */
    public boolean isImage() {
        return this == PNG || this == JPEG;
    }

    /** What the bytes are, or empty when they are none of the kinds a material may be. */
    public static Optional<MaterialType> of(byte[] bytes) {
        if (startsWith(bytes, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, ZIP_MAGIC)) {
            return zipped(bytes);
        }
        return Optional.empty();
    }

    /** The kind a file's name claims, from its extension; empty when it names none of ours. */
    public static Optional<MaterialType> named(String fileName) {
        int dot = fileName.lastIndexOf('.');
        var extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .findFirst();
    }

    private static Optional<MaterialType> zipped(byte[] bytes) {
        if (startsWith(bytes, ODF_MIMETYPE_OFFSET, ODP_MIMETYPE)) {
            return Optional.of(ODP);
        }
        return contains(bytes, PPTX_PART) ? Optional.of(PPTX) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
