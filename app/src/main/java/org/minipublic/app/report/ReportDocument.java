package org.minipublic.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.shared.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the report: its body as XHTML (the same markup on the web page and in the PDF, and what a published version
 * keeps), and the body wrapped in an A4 document with bookmarks, a contents page and page numbers, as PDF.
 */
@Component
class ReportDocument {

    private final ITemplateEngine templates;

    ReportDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report's body as XHTML: user-written text escaped, so it can be shown and printed as it is. */
    String body(ReportContent content, Locale locale) {
        var context = new Context(locale, Map.of("report", content));
        return templates.process("report/document", Set.of("report-body"), context);
    }

    /** The body as an A4 PDF in the reader's language and direction. */
    byte[] pdf(String body, String title, Locale locale) {
        var context = new Context(
                locale,
                Map.of(
                        "body", body,
                        "title", title,
                        "direction", Languages.isRightToLeft(locale) ? "rtl" : "ltr"));
        String xhtml = templates.process("report/pdf", context);
        var out = new ByteArrayOutputStream();
        try {
            Pdf.render(xhtml, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
