package org.minipublic.sortition.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.sortition.Reserves;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.report.DrawRecord;
import org.minipublic.sortition.report.InputSettings;

/**
 * Writes a draw's files: {@code selected.csv}, {@code remaining.csv} (everyone else, minus the selected people's
 * households), {@code reserves.csv} (the same people ranked by lot, with a {@code rank} column first),
 * {@code probabilities.csv} ({@code id,probability}), {@code report.csv}, {@code report.html} and
 * {@code draw.json}.
 */
public final class ResultWriter {

    private ResultWriter() {}

    public static void write(SelectionResult result, InputSettings settings, Path directory) {
        try {
            Files.createDirectories(directory);
            var pool = result.problem().pool();
            boolean rowIds = settings.idColumn() == null && !hasUsualIdColumn(pool);
            writeRows(directory.resolve("selected.csv"), pool, result.panel(), rowIds);
            writeRows(directory.resolve("remaining.csv"), pool, Reserves.eligible(pool, result.panel()), rowIds);
            writeReserves(directory.resolve("reserves.csv"), pool, Reserves.ranked(result), rowIds);
            writeChances(directory.resolve("probabilities.csv"), result);
            ReportWriter.csv(directory.resolve("report.csv"), result);
            ReportWriter.html(directory.resolve("report.html"), result);
            Files.writeString(directory.resolve("draw.json"), DrawRecord.of(result, settings), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + directory.toAbsolutePath(), e);
        }
    }

    private static boolean hasUsualIdColumn(Pool pool) {
        return pool.header().stream()
                .anyMatch(h -> PeopleReader.USUAL_ID_COLUMNS.contains(h.trim().toLowerCase(Locale.ROOT)));
    }

    private static void writeRows(Path file, Pool pool, List<Respondent> rows, boolean rowIds) throws IOException {
        List<String> header = new ArrayList<>(pool.header());
        if (rowIds) {
            header.add(0, "id");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (var respondent : rows) {
                List<String> cells = new ArrayList<>(respondent.columns());
                while (cells.size() < pool.header().size()) {
                    cells.add("");
                }
                if (rowIds) {
                    cells.add(0, respondent.id().value());
                }
                csv.printRecord(cells);
            }
        }
    }

    private static void writeReserves(Path file, Pool pool, List<Respondent> reserves, boolean rowIds)
            throws IOException {
        List<String> header = new ArrayList<>(pool.header());
        header.add(0, "rank");
        if (rowIds) {
            header.add(1, "id");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (int rank = 0; rank < reserves.size(); rank++) {
                var respondent = reserves.get(rank);
                List<String> cells = new ArrayList<>(respondent.columns());
                while (cells.size() < pool.header().size()) {
                    cells.add("");
                }
                if (rowIds) {
                    cells.add(0, respondent.id().value());
                }
                cells.add(0, String.valueOf(rank + 1));
                csv.printRecord(cells);
            }
        }
    }

    private static void writeChances(Path file, SelectionResult result) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("id", "probability");
            var pool = result.problem().pool();
            for (int i = 0; i < pool.size(); i++) {
                csv.printRecord(pool.get(i).id().value(), Format.chance(result.chances()[i]));
            }
        }
    }
}
