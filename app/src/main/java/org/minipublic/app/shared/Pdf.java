package org.minipublic.app.shared;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders XHTML to PDF with the application's embedded fonts: Noto Sans (Latin, including Polish), Noto Sans Bengali
 * and Noto Naskh Arabic (Urdu), with right-to-left text split and reordered, so that every language the app speaks
 * prints. Documents name the families {@code 'Noto Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic'}. PDFBox shapes
 * Bengali (conjuncts, vowel signs written before their consonant); the renderer measures a word before shaping, so a
 * Bengali word is followed by a little more space than it needs (docs/architecture.md, "Text").
 */
public final class Pdf {

    private static final String FONTS = "/fonts/";

    /**
     * One A4 letter per {@code .letter} page, laid out for a DL or C5 window envelope (window 20 mm from the left and
     * 50 mm from the top): {@code .sender} top right, {@code .address} in the window, {@code .body} below it, and
     * {@code .rtl} for right-to-left text. Invitation letters and mailings share it, so both fit the same envelopes.
     */
    public static final String WINDOW_LETTER_STYLE =
            """
            @page { size: A4; margin: 0; }
            body { margin: 0; font-family: 'Noto Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic'; font-size: 11pt; color: #000; }
            .letter { position: relative; width: 210mm; height: 296mm; page-break-after: always; }
            .letter:last-child { page-break-after: auto; }
            .sender { position: absolute; left: 120mm; top: 15mm; width: 70mm; font-size: 10pt; }
            .address { position: absolute; left: 20mm; top: 50mm; width: 90mm; height: 35mm; font-size: 11pt; }
            .body { position: absolute; left: 20mm; top: 95mm; width: 170mm; line-height: 1.4; }
            .body p { margin: 0 0 3mm 0; }
            .rtl { direction: rtl; text-align: right; font-family: 'Noto Naskh Arabic'; }
            """;

    private Pdf() {}

    public static void render(String xhtml, OutputStream out) throws IOException {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
        font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
        font(builder, "NotoSansBengali-Regular.ttf", "Noto Sans Bengali", 400);
        font(builder, "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    /** XML-safe text: the renderer parses XHTML, so every user-written character must be escaped. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> resource(file), family, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
    }

    private static InputStream resource(String file) {
        var stream = Pdf.class.getResourceAsStream(FONTS + file);
        if (stream == null) {
            throw new IllegalStateException("font missing from the application: " + file);
        }
        return stream;
    }
}
