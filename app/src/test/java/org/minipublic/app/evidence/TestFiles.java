package org.minipublic.app.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made as their formats lay them out, for the upload checks. */
final class TestFiles {

    private TestFiles() {}

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    /** A zip with the parts PowerPoint writes first. */
    static byte[] pptx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p:presentation/>");
    }

    /** An OpenDocument presentation: the uncompressed "mimetype" entry first. */
    static byte[] odp() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.presentation", "content.xml", "<doc/>");
    }

    /** A PDF padded past the limit. */
    static byte[] pdfOver(int bytes) {
        return Arrays.copyOf(pdf(), bytes);
    }

    private static byte[] zip(boolean firstStored, String... namesAndContents) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                var content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(namesAndContents[i]);
                if (i == 0 && firstStored) {
                    var crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
