package org.minipublic.app.tables;

import static org.minipublic.app.shared.Pdf.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.shared.Pdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A session's table plan for printing: first the plan (every table with its facilitator and members, in the reader's
 * language), then a folded name card per member, two to an A4 page, each saying their table in their own language
 * (English where the app does not speak it). The card's upper half is upside down, so that folded along the middle it
 * stands and reads from both sides.
 */
@Component
class TablePrint {

    private static final String STYLE =
            """
            @page { size: A4; margin: 12mm; }
            body { font-family: 'Noto Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic'; font-size: 11pt; color: #000; }
            h1 { font-size: 16pt; margin: 0 0 2mm 0; }
            .when { margin: 0 0 5mm 0; }
            .table { display: inline-block; width: 80mm; vertical-align: top; margin: 0 2mm 4mm 0;
                border: 0.3mm solid #000; padding: 2mm 3mm; page-break-inside: avoid; }
            .table h2 { font-size: 13pt; margin: 0 0 1mm 0; }
            .table p { margin: 0 0 1mm 0; font-size: 9pt; }
            .table ul { margin: 0; padding-left: 5mm; }
            .cards { page-break-before: always; }
            .card { height: 134mm; border-bottom: 0.3mm dashed #000; position: relative; page-break-inside: avoid; }
            .half { position: absolute; left: 0; width: 186mm; height: 67mm; text-align: center; }
            .top { top: 0; transform: rotate(180deg); }
            .bottom { top: 67mm; }
            .name { font-size: 30pt; font-weight: bold; margin-top: 14mm; }
            .seat { font-size: 20pt; margin-top: 3mm; }
            .rtl { direction: rtl; font-family: 'Noto Naskh Arabic'; }
            """;

    private final MessageSource messages;

    TablePrint(MessageSource messages) {
        this.messages = messages;
    }

    void write(SessionTables session, Locale reader, OutputStream out) throws IOException {
        var html = new StringBuilder(16_384);
        html.append("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(session.session().title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        plan(session, reader, html);
        cards(session, html);
        html.append("</body></html>");
        Pdf.render(html.toString(), out);
    }

    private void plan(SessionTables session, Locale reader, StringBuilder html) {
        var details = session.session().details();
        var dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", reader);
        String direction = Languages.isRightToLeft(reader) ? " class=\"rtl\"" : "";
        html.append("<div")
                .append(direction)
                .append("><h1>")
                .append(escape(session.session().title()))
                .append("</h1><p class=\"when\">")
                .append(escape(dayFormat.format(details.day()) + ", " + details.startsAt() + "–" + details.endsAt()))
                .append("</p>");
        for (var table : session.tables()) {
            html.append("<div class=\"table\"><h2>").append(escape(tableLabel(table.number(), reader)));
            if (table.accessible()) {
                html.append(" · ").append(escape(message("tables.accessible", reader)));
            }
            html.append("</h2>");
            for (String facilitator : table.facilitators()) {
                html.append("<p>")
                        .append(escape(message("tables.facilitator", reader) + ": " + facilitator))
                        .append("</p>");
            }
            html.append("<ul>");
            for (var member : table.members()) {
                html.append("<li>").append(escape(member.name())).append("</li>");
            }
            html.append("</ul></div>");
        }
        html.append("</div>");
    }

    private void cards(SessionTables session, StringBuilder html) {
        html.append("<div class=\"cards\">");
        for (var table : session.tables()) {
            for (var member : table.members()) {
                var language = Languages.supportedOrEnglish(Locale.forLanguageTag(member.language()));
                String seat = escape(tableLabel(table.number(), language));
                String rtl = Languages.isRightToLeft(language) ? " rtl" : "";
                String half = "<div class=\"name\">" + escape(member.name()) + "</div><div class=\"seat" + rtl + "\">"
                        + seat + "</div>";
                html.append("<div class=\"card\"><div class=\"half top\">")
                        .append(half)
                        .append("</div><div class=\"half bottom\">")
                        .append(half)
                        .append("</div></div>");
            }
        }
        html.append("</div>");
    }

    private String tableLabel(int number, Locale locale) {
        return messages.getMessage("tables.table", new Object[] {number}, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
