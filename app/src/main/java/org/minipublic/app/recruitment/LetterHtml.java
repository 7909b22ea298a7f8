package org.minipublic.app.recruitment;

import java.util.List;
import org.minipublic.app.shared.Pdf;
import org.minipublic.app.shared.QrCode;

/**
 * Invitation letters as XHTML for the PDF renderer: one A4 page each, the address where a window envelope shows it
 * ({@link Pdf#WINDOW_LETTER_STYLE}), the code in large type with a QR code of the
 * registration link, and a line in every other language saying how to get the letter translated.
 */
final class LetterHtml {

    /** What every letter of a batch shares. */
    record Common(
            LetterText text,
            String question,
            String registrationUrl,
            String codeLabel,
            List<TranslationLine> translations) {}

    /** One line offering a translation, in its own language and direction. */
    record TranslationLine(String language, boolean rightToLeft, String text) {}

    /** One letter: where it goes and its code. */
    record Letter(Address address, RegistrationCode code) {}

    private static final String STYLE = Pdf.WINDOW_LETTER_STYLE
            + """
            .code-box { position: absolute; left: 20mm; top: 215mm; width: 170mm; height: 38mm;
                border: 0.6mm solid #000; }
            .code-label { position: absolute; left: 5mm; top: 5mm; font-size: 10pt; }
            .code { position: absolute; left: 5mm; top: 12mm; font-size: 26pt; font-weight: bold; letter-spacing: 1mm;
                white-space: nowrap; }
            .link { position: absolute; left: 5mm; top: 27mm; font-size: 9pt; }
            .qr { position: absolute; left: 135mm; top: 2mm; width: 34mm; height: 34mm; }
            .translations { position: absolute; left: 20mm; top: 258mm; width: 170mm; font-size: 9pt; }
            .translations p { margin: 0 0 1mm 0; }
            """;

    private LetterHtml() {}

    static String document(Common common, List<Letter> letters) {
        var html = new StringBuilder(4096 * Math.max(1, letters.size()));
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(common.text().language())
                .append("\"><head><meta charset=\"utf-8\"/><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        for (var letter : letters) {
            page(html, common, letter);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void page(StringBuilder html, Common common, Letter letter) {
        String link = common.registrationUrl() + "?code=" + letter.code().value();
        html.append("<div class=\"letter\">\n<div class=\"sender\">")
                .append(lines(common.text().sender()))
                .append("</div>\n")
                .append("<div class=\"address\">")
                .append(address(letter.address()))
                .append("</div>\n")
                .append("<div class=\"body\">")
                .append(body(common, letter.code()))
                .append("<p>")
                .append(lines(common.text().signature()))
                .append("</p></div>\n")
                .append("<div class=\"code-box\"><div class=\"code-label\">")
                .append(escape(common.codeLabel()))
                .append("</div>")
                .append("<div class=\"code\">")
                .append(letter.code().display())
                .append("</div>")
                .append("<div class=\"link\">")
                .append(escape(common.registrationUrl()))
                .append("</div>")
                .append("<img class=\"qr\" alt=\"\" src=\"")
                .append(QrCode.pngDataUri(link))
                .append("\"/></div>\n")
                .append("<div class=\"translations\">");
        for (var line : common.translations()) {
            html.append("<p lang=\"")
                    .append(line.language())
                    .append('"')
                    .append(line.rightToLeft() ? " dir=\"rtl\" class=\"rtl\"" : "")
                    .append('>')
                    .append(escape(line.text()))
                    .append("</p>");
        }
        html.append("</div>\n</div>\n");
    }

    private static String body(Common common, RegistrationCode code) {
        var paragraphs = new StringBuilder();
        for (String paragraph : common.text().body().split("\\n\\s*\\n")) {
            String filled = escape(paragraph)
                    .replace("{question}", escape(common.question()))
                    .replace("{link}", escape(common.registrationUrl()))
                    .replace("{code}", "<b>" + code.display() + "</b>");
            paragraphs.append("<p>").append(filled.replace("\n", "<br/>")).append("</p>");
        }
        return paragraphs.toString();
    }

    private static String address(Address address) {
        var lines = new StringBuilder();
        for (String line :
                List.of(address.line1(), address.line2(), address.line3(), address.town(), address.postcode())) {
            if (!line.isBlank()) {
                lines.append(escape(line)).append("<br/>");
            }
        }
        return lines.toString();
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br/>");
    }

    private static String escape(String text) {
        return Pdf.escape(text);
    }
}
