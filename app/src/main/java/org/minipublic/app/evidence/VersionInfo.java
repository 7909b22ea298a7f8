package org.minipublic.app.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a material in one language, without its content.
 *
 * @param fileName for a file, its name; null for a written page
 * @param mediaType for a file, the type its bytes showed; null for a page
 * @param size the file's bytes or the page's characters
 * @param published whether this is the version readers see in its language
 */
public record VersionInfo(
        String language,
        int number,
        String title,
        @Nullable String fileName,
        @Nullable String mediaType,
        int size,
        Instant createdAt,
        boolean published) {

    public boolean isFile() {
        return fileName != null;
    }
}
