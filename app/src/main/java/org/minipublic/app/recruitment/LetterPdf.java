package org.minipublic.app.recruitment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.minipublic.app.shared.Pdf;

/**
 * Renders letters to one PDF with bounded memory: batches of letters are rendered to temporary files (the renderer
 * holds a whole document in memory), then joined page by page into the output through a temporary-file cache. Batches
 * render on one thread per core, at most two: laying out a page takes about 15 ms, so 10,000 letters take minutes on
 * one core.
 */
final class LetterPdf {

    private LetterPdf() {}

    /**
     * @param batches each batch's letters, fetched when the batch is rendered; an empty batch ends the document
     */
    static void write(LetterHtml.Common common, Function<Integer, List<LetterHtml.Letter>> batches, OutputStream out) {
        var workers =
                Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
        var parts = new ArrayList<Future<Path>>();
        try {
            for (int batch = 0; ; batch++) {
                var letters = batches.apply(batch);
                if (letters.isEmpty()) {
                    break;
                }
                parts.add(workers.submit(() -> render(LetterHtml.document(common, letters))));
            }
            merge(done(parts), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
            parts.forEach(LetterPdf::deleteWhenDone);
        }
    }

    private static List<Path> done(List<Future<Path>> parts) throws IOException {
        var files = new ArrayList<Path>();
        for (var part : parts) {
            try {
                files.add(part.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while printing letters", e);
            } catch (ExecutionException e) {
                throw new IOException("could not print letters", e.getCause());
            }
        }
        return files;
    }

    private static void deleteWhenDone(Future<Path> part) {
        try {
            deleteQuietly(part.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // nothing was written
        }
    }

    private static Path render(String html) throws IOException {
        var file = Files.createTempFile("minipublic-letters-", ".pdf");
        try (var out = Files.newOutputStream(file)) {
            Pdf.render(html, out);
        }
        return file;
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
