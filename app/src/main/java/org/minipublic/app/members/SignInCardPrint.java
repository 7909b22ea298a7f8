package org.minipublic.app.members;

import static org.minipublic.app.shared.Pdf.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.shared.Pdf;
import org.minipublic.app.shared.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sign-in cards to cut out, eight to an A4 page, each in its member's language (English where the app does not speak
 * it): their name, the code in three groups, the portal's address and a QR code that opens it with the code filled in.
 * The QR code carries the code after "#", which browsers never send to the server.
 */
@Component
class SignInCardPrint {

    private static final String STYLE =
            """
            @page { size: A4; margin: 10mm; }
            body { font-family: 'Noto Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic'; font-size: 10pt; color: #000; margin: 0; }
            table { border-collapse: collapse; width: 190mm; }
            td { width: 95mm; height: 66mm; border: 0.3mm dashed #000; padding: 4mm; vertical-align: top; }
            tr { page-break-inside: avoid; }
            .title { font-size: 11pt; font-weight: bold; margin: 0 0 1mm 0; }
            .name { font-size: 14pt; font-weight: bold; margin: 0 0 2mm 0; }
            .code { font-size: 17pt; font-weight: bold; letter-spacing: 0.5mm; margin: 1mm 0 2mm 0; }
            .qr { float: right; width: 26mm; height: 26mm; margin-left: 2mm; }
            p { margin: 0 0 1.5mm 0; }
            .small { font-size: 8pt; }
            .rtl { direction: rtl; font-family: 'Noto Naskh Arabic'; }
            """;

    private final MessageSource messages;
    private final String baseUrl;

    SignInCardPrint(MessageSource messages, @Value("${minipublic.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void write(List<SignInCard> cards, OutputStream out) throws IOException {
        var html = new StringBuilder(4096 + cards.size() * 4096);
        html.append("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(message("portal.card.title", Locale.ENGLISH)))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><table>");
        for (int i = 0; i < cards.size(); i += 2) {
            html.append("<tr>");
            card(cards.get(i), html);
            if (i + 1 < cards.size()) {
                card(cards.get(i + 1), html);
            } else {
                html.append("<td></td>");
            }
            html.append("</tr>");
        }
        html.append("</table></body></html>");
        Pdf.render(html.toString(), out);
    }

    private void card(SignInCard card, StringBuilder html) {
        var language = Languages.supportedOrEnglish(Locale.forLanguageTag(card.language()));
        String portal = baseUrl + "/portal";
        html.append("<td")
                .append(Languages.isRightToLeft(language) ? " class=\"rtl\"" : "")
                .append("><img class=\"qr\" alt=\"\" src=\"")
                .append(QrCode.pngDataUri(portal + "#code=" + card.code()))
                .append("\"/><p class=\"title\">")
                .append(escape(message("portal.card.title", language)))
                .append("</p><p class=\"name\">")
                .append(escape(card.name()))
                .append("</p><p>")
                .append(escape(message("portal.card.how", language)))
                .append("</p><p><bdi dir=\"ltr\">")
                .append(escape(portal))
                .append("</bdi></p><p class=\"code\"><bdi dir=\"ltr\">")
                .append(escape(card.grouped()))
                .append("</bdi></p><p class=\"small\">")
                .append(escape(message("portal.card.keep", language)))
                .append("</p></td>");
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
