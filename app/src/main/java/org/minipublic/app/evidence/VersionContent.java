package org.minipublic.app.evidence;

/**
 * One version with its content: the file's bytes (empty for a page) or the page's text (empty for a file).
 */
public record VersionContent(VersionInfo info, byte[] content, String body) {

    @Override
    public String toString() {
        return "VersionContent[" + info + "]";
    }
}
