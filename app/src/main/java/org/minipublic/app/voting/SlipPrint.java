package org.minipublic.app.voting;

import static org.minipublic.app.shared.Pdf.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.shared.Pdf;
import org.minipublic.app.shared.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Ballot slips to cut from A4, eight to a page: the ballot's title, the code in large type, a QR code that opens the
 * voting page with the code filled in, and how to vote without a phone's camera. Slips name nobody.
 */
@Component
class SlipPrint {

    private static final String STYLE =
            """
            @page { size: A4; margin: 10mm; }
            body { font-family: 'Noto Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic'; font-size: 10pt; color: #000; margin: 0; }
            .slip { display: inline-block; width: 92mm; height: 66mm; box-sizing: border-box; vertical-align: top;
                border: 0.3mm dashed #000; padding: 3mm 4mm; page-break-inside: avoid; position: relative; }
            .title { font-weight: bold; font-size: 10pt; margin: 0 0 2mm 0; height: 9mm; overflow: hidden; }
            .label { margin: 0; font-size: 9pt; }
            .code { font-size: 20pt; font-weight: bold; letter-spacing: 1mm; margin: 1mm 0 2mm 0; }
            .how { font-size: 8pt; margin: 0; width: 52mm; }
            .qr { position: absolute; right: 4mm; bottom: 4mm; width: 30mm; height: 30mm; }
            .rtl { direction: rtl; font-family: 'Noto Naskh Arabic'; }
            """;

    private final MessageSource messages;
    private final String baseUrl;

    SlipPrint(MessageSource messages, @Value("${minipublic.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void write(IssuedCodes issued, Locale reader, OutputStream out) throws IOException {
        var html = new StringBuilder(8_192 + issued.codes().size() * 4_096);
        String direction = Languages.isRightToLeft(reader) ? " class=\"rtl\"" : "";
        html.append("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(issued.ballot().title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body")
                .append(direction)
                .append(">");
        String how = messages.getMessage("voting.slip.how", new Object[] {baseUrl + "/vote"}, reader);
        for (var code : issued.codes()) {
            html.append("<div class=\"slip\"><p class=\"title\">")
                    .append(escape(issued.ballot().title()))
                    .append("</p><p class=\"label\">")
                    .append(escape(messages.getMessage("voting.slip.label", null, reader)))
                    .append("</p><p class=\"code\" dir=\"ltr\">")
                    .append(code.display())
                    .append("</p><p class=\"how\">")
                    .append(escape(how))
                    .append("</p><img class=\"qr\" alt=\"\" src=\"")
                    .append(QrCode.pngDataUri(baseUrl + "/vote#code=" + code.value()))
                    .append("\"/></div>");
        }
        html.append("</body></html>");
        Pdf.render(html.toString(), out);
    }
}
