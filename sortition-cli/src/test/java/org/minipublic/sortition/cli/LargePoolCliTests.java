package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.sortition.algorithm.Leximin;

/**
 * A pool of more groups than exact leximin reaches: leximin's stand-in draws in seconds, says what its lottery is
 * worth against the bound, records that in the draw record, and verify re-makes the draw.
 */
class LargePoolCliTests {

    @TempDir
    Path dir;

    @Test
    void aPoolOfTooManyGroupsIsDrawnByTheStandInThatSaysWhatItIsWorth() throws IOException {
        Path people = dir.resolve("people.csv");
        Path categories = dir.resolve("categories.csv");
        writePool(people, categories);
        Path out = dir.resolve("out");

        var printed = new StringWriter();
        int code = run(
                printed,
                "select",
                "--categories",
                categories.toString(),
                "--people",
                people.toString(),
                "--panel-size",
                "40",
                "--seed",
                "5",
                "--address-columns",
                "address",
                "--out",
                out.toString());

        assertThat(code).as(printed.toString()).isZero();
        assertThat(printed.toString())
                .contains("Leximin was approached, not computed: with 12,000 groups")
                .contains("no lottery over valid panels gives everyone more than");
        String record = Files.readString(out.resolve("draw.json"), StandardCharsets.UTF_8);
        assertThat(record).contains("\"approximation\"").contains("\"method\": \"balanced panels\"");
        assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("Leximin was approached, not computed");

        var verified = new StringWriter();
        int verify = run(
                verified,
                "verify",
                "--record",
                out.resolve("draw.json").toString(),
                "--categories",
                categories.toString(),
                "--people",
                people.toString());
        assertThat(verify).as(verified.toString()).isZero();
        assertThat(verified.toString()).containsPattern("(?m)^VERIFIED");
    }

    /**
     * 6,000 addresses of two people each: everyone who shares an address is a group of their own, so 12,000 groups,
     * more than {@link Leximin#MOST_GROUPS}. Two categories, with targets leaning away from the pool.
     */
    private static void writePool(Path people, Path categories) throws IOException {
        assertThat(12_000).isGreaterThan(Leximin.MOST_GROUPS);
        var random = new SplittableRandom(11);
        var csv = new StringBuilder("id,address,age,area\n");
        for (int i = 0; i < 12_000; i++) {
            String age = random.nextInt(10) < 7 ? "older" : "younger";
            csv.append("p")
                    .append(i)
                    .append(",")
                    .append(i / 2)
                    .append(" High Street,")
                    .append(age)
                    .append(",area")
                    .append(random.nextInt(4))
                    .append("\n");
        }
        Files.writeString(people, csv, StandardCharsets.UTF_8);
        Files.writeString(
                categories,
                """
                feature,value,min,max
                age,older,18,22
                age,younger,18,22
                area,area0,8,12
                area,area1,8,12
                area,area2,8,12
                area,area3,8,12
                """,
                StandardCharsets.UTF_8);
    }

    private static int run(StringWriter out, String... args) {
        var commandLine = SortitionCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(args);
    }
}
