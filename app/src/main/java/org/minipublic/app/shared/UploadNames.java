package org.minipublic.app.shared;

import java.util.Locale;

/**
 * The one rule for the name of a file an organiser uploads for import: kept only as a plain CSV or XLSX file name, so
 * that no folder of the sender's computer is stored and no control character reaches a page or the audit log.
 */
public final class UploadNames {

    private static final int MAX_LENGTH = 100;

    private UploadNames() {}

    /**
     * The file's name without folders or control characters, at most 100 characters (the end, so the extension stays).
     *
     * @param fileTypeKey the importer's message for a file that is not CSV or XLSX
     * @throws InvalidInputException on the field {@code file} when the name is not that of a CSV or XLSX file
     */
    public static String safe(String fileName, String fileTypeKey) {
        String base = fileName.replaceAll(".*[/\\\\]", "")
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (!base.toLowerCase(Locale.ROOT).matches(".+\\.(csv|xlsx)")) {
            throw new InvalidInputException("file", fileTypeKey);
        }
        return base.length() > MAX_LENGTH ? base.substring(base.length() - MAX_LENGTH) : base;
    }
}
