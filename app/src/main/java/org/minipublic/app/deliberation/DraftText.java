package org.minipublic.app.deliberation;

/** What a version of a draft says: a short title, the recommendation itself, and why the table recommends it. */
public record DraftText(String title, String body, String rationale) {

    public DraftText {
        title = clean(title);
        body = clean(body);
        rationale = clean(rationale);
    }

    private static String clean(String text) {
        return text.strip().replace("\r\n", "\n");
    }
}
