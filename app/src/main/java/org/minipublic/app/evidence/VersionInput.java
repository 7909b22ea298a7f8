package org.minipublic.app.evidence;

import org.jspecify.annotations.Nullable;

/**
 * One new version of a material in one language: its title in that language and either a file or a written page.
 *
 * @param file the uploaded file, or null for a written page
 * @param body the page's text (plain text: blank lines separate paragraphs, lines starting "# " are headings and
 *     "- " list items); ignored for a file
 */
public record VersionInput(String title, @Nullable Upload file, String body) {

    public VersionInput {
        title = title.strip();
        body = body.strip();
    }

    public static VersionInput page(String title, String body) {
        return new VersionInput(title, null, body);
    }

    public static VersionInput file(String title, Upload file) {
        return new VersionInput(title, file, "");
    }
}
