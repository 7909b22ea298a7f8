package org.minipublic.app.recruitment;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * Renders letters to one PDF with bounded memory: batches of letters are rendered to temporary files (the renderer
 * holds a whole document in memory), then joined page by page into the output through a temporary-file cache.
 */
final class LetterPdf {

    private static final String FONTS = "/fonts/";

    private LetterPdf() {}

    /**
     * @param batches each batch's letters, fetched when the batch is rendered; an empty batch ends the document
     */
    static void write(LetterHtml.Common common, Function<Integer, List<LetterHtml.Letter>> batches, OutputStream out) {
        var parts = new ArrayList<Path>();
        try {
            for (int batch = 0; ; batch++) {
                var letters = batches.apply(batch);
                if (letters.isEmpty()) {
                    break;
                }
                parts.add(render(LetterHtml.document(common, letters)));
            }
            merge(parts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parts.forEach(LetterPdf::deleteQuietly);
        }
    }

    private static Path render(String html) throws IOException {
        var file = Files.createTempFile("minipublic-letters-", ".pdf");
        try (var out = Files.newOutputStream(file)) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
            font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
            font(builder, "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        }
        return file;
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> resource(file), family, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
    }

    private static InputStream resource(String file) {
        var stream = LetterPdf.class.getResourceAsStream(FONTS + file);
        if (stream == null) {
            throw new IllegalStateException("font missing from the application: " + file);
        }
        return stream;
    }

    private static void merge(List<Path> parts, OutputStream out) throws IOException {
        var merger = new PDFMergerUtility();
        for (var part : parts) {
            merger.addSource(part.toFile());
        }
        merger.setDestinationStream(out);
        merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
