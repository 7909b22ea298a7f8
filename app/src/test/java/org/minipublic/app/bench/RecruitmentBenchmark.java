package org.minipublic.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long recruitment's bulk steps take at the sizes councils use: checking and importing 100,000 addresses
 * from CSV and from XLSX, drawing a round of 10,000 letters from them, and printing 10,000 letters. A measurement, not a test: run it with
 * {@code ./mvnw verify -pl app -Dit.test=RecruitmentBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the figures into docs/benchmarks.md.
 */
@IntegrationTest
class RecruitmentBenchmark {

    private static final int ADDRESSES = 100_000;

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    org.minipublic.app.recruitment.Letters letters;

    @Autowired
    Fixtures fixtures;

    @Test
    void addressImportAndInvitationRound() throws IOException {
        byte[] csv = csv(ADDRESSES);
        byte[] xlsx = xlsx(csv);
        System.out.printf(
                "%nRecruitment benchmark: %,d addresses; CSV %,d bytes, XLSX %,d bytes%n",
                ADDRESSES, csv.length, xlsx.length);
        run("CSV", "addresses.csv", csv);
        run("XLSX", "addresses.xlsx", xlsx);
    }

    /**
     * Run alone with a 512 MB heap to show the letters fit in it:
     * {@code -Dit.test=RecruitmentBenchmark#lettersForTenThousandHouseholds -DargLine=-Xmx512m}.
     */
    @Test
    void lettersForTenThousandHouseholds() {
        var organiser = fixtures.user("Letters Benchmark Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Benchmark letters"));
        var check = addresses.upload(organiser.actor(), assembly, "addresses.csv", csv(10_000));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(10_000, true, Map.of()), 1L);
        System.out.printf(
                "%nLetters benchmark, maximum heap %,d MB%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        printLetters(assembly, round);
    }

    private void run(String format, String name, byte[] content) {
        var organiser = fixtures.user("Benchmark Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Benchmark " + format));
        System.gc();
        long start = System.nanoTime();
        var check = addresses.upload(organiser.actor(), assembly, name, content);
        long checked = System.nanoTime();
        int added = addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        long imported = System.nanoTime();
        System.out.printf(
                "  %s: check %.2f s, import (check again + insert) %.2f s, %,d added, heap used %,d MB%n",
                format, seconds(start, checked), seconds(checked, imported), added, usedHeapMb());
        if (format.equals("CSV")) {
            long before = System.nanoTime();
            var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(10_000, true, Map.of()), 1L);
            System.out.printf(
                    "  round of %,d letters by area: %.2f s%n", round.letters(), seconds(before, System.nanoTime()));
        }
    }

    /** The round's letters as one PDF, written to nowhere. Run with a capped heap to show they fit in it. */
    private void printLetters(
            org.minipublic.app.shared.AssemblyId assembly, org.minipublic.app.recruitment.InvitationRound round) {
        var out = new CountingStream();
        long start = System.nanoTime();
        letters.writePdf(assembly, round, out);
        System.out.printf(
                "  letters PDF for %,d households: %.1f s, %,d MB%n",
                round.letters(), seconds(start, System.nanoTime()), out.count / (1024 * 1024));
    }

    private static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static byte[] csv(int count) {
        var csv = new StringBuilder("address line 1,address line 2,town,postcode,area,uprn\n");
        for (int i = 0; i < count; i++) {
            csv.append(i + 1)
                    .append(" Benchmark Road,Flat ")
                    .append(i % 9)
                    .append(",Testford,TB")
                    .append(i % 99 + 1)
                    .append(' ')
                    .append(i % 9)
                    .append("AB,Ward ")
                    .append(i % 20)
                    .append(',')
                    .append(500_000 + i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as an Excel file, written with POI's streaming writer. */
    private static byte[] xlsx(byte[] csv) throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("addresses");
            var lines = new String(csv, StandardCharsets.UTF_8).split("\n");
            for (int r = 0; r < lines.length; r++) {
                var row = sheet.createRow(r);
                var cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
