package org.minipublic.tableio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * XLSX files that unpack to far more than their size, valid as far as a reader that unpacked them all would see.
 * Building one never holds what it unpacks to.
 */
final class InflatingXlsx {

    private static final String SHEET_START =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";
    private static final byte[] ROW = bytes("<row><c t=\"inlineStr\"><is><t>boom</t></is></c></row>");

    private InflatingXlsx() {}

    /**
     * A workbook whose sheet repeats one row until it is about {@code sheetBytes} long, at about a thousandth of that
     * packed. The rows are deflated once; the packed block is then repeated, which is valid because each copy only
     * refers back to the same rows before it.
     */
    static byte[] repeatedRows(long sheetBytes) throws IOException {
        byte[] rows = repeat(ROW, (1 << 20) / ROW.length);
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] start = deflate(deflater, bytes(SHEET_START));
        byte[] first = deflate(deflater, rows);
        byte[] next = deflate(deflater, rows);
        byte[] end = finish(deflater, bytes(SHEET_END));
        long copies = sheetBytes / rows.length;
        var crc = new CRC32();
        crc.update(bytes(SHEET_START));
        for (long i = 0; i <= copies; i++) {
            crc.update(rows);
        }
        crc.update(bytes(SHEET_END));
        var sheet = new ZipArchiveEntry("xl/worksheets/sheet1.xml");
        sheet.setMethod(ZipEntry.DEFLATED);
        sheet.setCrc(crc.getValue());
        sheet.setSize(SHEET_START.length() + rows.length * (copies + 1) + SHEET_END.length());
        sheet.setCompressedSize(start.length + first.length + next.length * copies + end.length);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipArchiveOutputStream(out)) {
            for (var part : frame().entrySet()) {
                var entry = new ZipArchiveEntry(part.getKey());
                zip.putArchiveEntry(entry);
                zip.write(bytes(part.getValue()));
                zip.closeArchiveEntry();
            }
            zip.addRawArchiveEntry(sheet, concat(start, first, repeated(next, copies), end));
        }
        return out.toByteArray();
    }

    /**
     * A one-cell workbook that also holds {@code parts} parts of {@code bytesEach}, which pack about thirty times
     * smaller, as text with a little variety does: not a bomb by its ratio, only by its size.
     */
    static byte[] padded(int parts, long bytesEach) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (var part : frame().entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(bytes(part.getValue()));
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(bytes(SHEET_START + "<row><c t=\"inlineStr\"><is><t>id</t></is></c></row>" + SHEET_END));
            var random = new SplittableRandom(1);
            for (int p = 0; p < parts; p++) {
                zip.putNextEntry(new ZipEntry("xl/padding" + p + ".xml"));
                writeNotes(zip, bytesEach, random);
            }
        }
        return out.toByteArray();
    }

    private static void writeNotes(OutputStream out, long size, SplittableRandom random) throws IOException {
        byte[] line = bytes("<!-- 000 " + ".".repeat(86) + " -->\n");
        byte[] block = repeat(line, 1000);
        for (long written = 0; written < size; written += block.length) {
            for (int i = 0; i < block.length; i += line.length) {
                for (int d = 5; d < 8; d++) {
                    block[i + d] = (byte) ('0' + random.nextInt(10));
                }
            }
            out.write(block);
        }
    }

    /** Every part but the sheet, each the least a reader asks for. */
    private static Map<String, String> frame() {
        var parts = new LinkedHashMap<String, String>();
        parts.put(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
        return parts;
    }

    private static byte[] deflate(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        return out.toByteArray();
    }

    private static byte[] finish(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        deflater.finish();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static InputStream repeated(byte[] block, long copies) {
        return new InputStream() {
            private long left = copies;
            private int at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = Math.min(len, block.length - at);
                System.arraycopy(block, at, b, off, n);
                at += n;
                if (at == block.length) {
                    at = 0;
                    left--;
                }
                return n;
            }
        };
    }

    private static InputStream concat(byte[] start, byte[] first, InputStream middle, byte[] end) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(start),
                new ByteArrayInputStream(first),
                middle,
                new ByteArrayInputStream(end))));
    }

    private static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
