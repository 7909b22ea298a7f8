package org.minipublic.app.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.Pdf;

/**
 * A mailing as printed letters, for people who gave no e-mail address: one A4 page each, the name and address where
 * a window envelope shows them ({@link Pdf#WINDOW_LETTER_STYLE}), the sender, the date
 * and the message in the person's language. Someone without a postal address (imported from a file) gets their name
 * only, to be handed their letter or phoned.
 */
final class MailingLetterHtml {

    /** One letter: to whom, where, and the text already personalised, in its direction. */
    record Letter(String name, @Nullable List<String> addressLines, MailingText text, boolean rightToLeft) {}

    private static final String STYLE = Pdf.WINDOW_LETTER_STYLE + ".body h1 { font-size: 13pt; margin: 0 0 5mm 0; }\n";

    private MailingLetterHtml() {}

    static String document(String sender, String date, List<Letter> letters) {
        var html = new StringBuilder(4096 * Math.max(1, letters.size()));
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        for (var letter : letters) {
            page(html, sender, date, letter);
        }
        return html.append("</body></html>").toString();
    }

    private static void page(StringBuilder html, String sender, String date, Letter letter) {
        html.append("<div class=\"letter\"><div class=\"sender\">")
                .append(Pdf.escape(sender))
                .append("<br/>")
                .append(Pdf.escape(date))
                .append("</div><div class=\"address\">")
                .append(Pdf.escape(letter.name()));
        if (letter.addressLines() != null) {
            letter.addressLines().forEach(line -> html.append("<br/>").append(Pdf.escape(line)));
        }
        html.append("</div><div class=\"body")
                .append(letter.rightToLeft() ? " rtl" : "")
                .append("\"><h1>")
                .append(Pdf.escape(letter.text().subject()))
                .append("</h1>");
        for (String paragraph : letter.text().body().strip().split("\\R\\s*\\R")) {
            html.append("<p>")
                    .append(Pdf.escape(paragraph.strip()).replaceAll("\\R", "<br/>"))
                    .append("</p>");
        }
        html.append("</div></div>\n");
    }
}
