package org.minipublic.tableio;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much an XLSX file may unpack to. An XLSX file is a zip archive, which can unpack to a thousand times its size,
 * and POI's user model reads it whole into memory: a small upload could fill the heap. The limits are set on POI once,
 * and POI checks each part against them as it reads; {@link #check} also counts all parts together, which POI does
 * not, and refuses a file before POI holds any of it.
 */
final class XlsxLimits {

    /**
     * Real sheets pack 5 to 20 times smaller (the recruitment benchmark's 100,000 addresses: 36 MB in 2.9 MB); a part
     * that packs more than a hundred times smaller was made to inflate. POI's default.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Parts smaller than this may pack as well as they like, as in POI. */
    static final long GRACE_BYTES = 100 * 1024;

    /** One part: a sheet of about 175,000 addresses. A 5 MB upload of real data unpacks to well under this. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    /** All parts together: the sheets, their shared strings, and anything else the archive holds. */
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    /**
     * Characters read from the first sheet, each cell counting one more: a text stored once can fill many cells, and
     * one cell far to the right makes every row as wide. POI's default for the text it extracts.
     */
    static final long MAX_TEXT = 10_000_000;

    private static final int BUFFER = 64 * 1024;

    private XlsxLimits() {}

    /** Sets the limits on POI, for every XLSX file this process opens. */
    static void install() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT);
    }

    /**
     * Unpacks the file once without keeping anything, and refuses it at the first limit it passes.
     *
     * @throws OversizedInputException when it unpacks past a limit
     * @throws IOException when it is not a zip archive it can read
     */
    static void check(String name, InputStream file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        // Stored parts followed by their sizes, as some zip writers leave them, are read too, as POI reads them from a
        // file.
        try (var zip = new ZipArchiveInputStream(file, "UTF-8", true, true)) {
            for (var part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n != -1; n = zip.read(buffer)) {
                    total += n;
                    refuseBeyondLimits(name, zip.getUncompressedCount(), zip.getCompressedCount(), total);
                }
            }
        }
    }

    private static void refuseBeyondLimits(String name, long unpacked, long packed, long total) {
        if (unpacked > MAX_PART_BYTES) {
            throw oversized(
                    name, "one part of the XLSX file unpacks to more than " + megabytes(MAX_PART_BYTES) + " MB");
        }
        if (total > MAX_TOTAL_BYTES) {
            throw oversized(name, "the XLSX file unpacks to more than " + megabytes(MAX_TOTAL_BYTES) + " MB");
        }
        if (unpacked > GRACE_BYTES && packed < unpacked * MIN_INFLATE_RATIO) {
            throw oversized(
                    name,
                    "part of the XLSX file unpacks to more than a hundred times its size, which spreadsheet programs"
                            + " do not write");
        }
    }

    private static OversizedInputException oversized(String name, String problem) {
        return new OversizedInputException(name, problem + "; save it as CSV, or split it");
    }

    /** Counts what is read from a sheet against {@link #MAX_TEXT}. */
    static final class TextBudget {

        private final String name;
        private long spent;

        TextBudget(String name) {
            this.name = name;
        }

        /** @throws OversizedInputException when the sheet has read as more than the limit */
        String spend(String cell) {
            spent += cell.length() + 1L;
            if (spent > MAX_TEXT) {
                throw oversized(
                        name,
                        "the first sheet reads as more than " + MAX_TEXT / 1_000_000 + " million characters and cells");
            }
            return cell;
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
