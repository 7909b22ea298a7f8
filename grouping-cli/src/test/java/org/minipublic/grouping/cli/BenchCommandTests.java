package org.minipublic.grouping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark command: one Markdown row per method, every method measured by the same code. */
class BenchCommandTests {

    private final CliRun cli = new CliRun();

    @Test
    void comparesTheEngineWithRandomSeatingAndWithTheUsualRotation() {
        int code = cli.run(
                "bench",
                "--instances",
                GroupingCliTests.EXAMPLES.toString(),
                "--only",
                "gs_30i_4j_3k",
                "--random-runs",
                "3",
                "--time-limit",
                "20");

        assertThat(code).isZero();
        var rows = cli.out().lines().toList();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(2))
                .startsWith("| gs_30i_4j_3k | 30 | 4 × 3 | minipublic |")
                .contains("(bound 28)");
        // tables of 8, 8, 7, 7: two given members share one with chance p = (2·8·7 + 2·7·6) / (30·29) = 196/870, so
        // the 435 pairs are expected to meet again 435·(3p − 1 + (1 − p)³) = 61.26 times, 435·2p² = 44.16 in a row
        assertThat(rows.get(3))
                .startsWith("| gs_30i_4j_3k | 30 | 4 × 3 | random seating | – | 61.3 (expected) | 44.2 (expected) |")
                .contains("(mean of 3)");
        // rotating 30 people round 4 tables, whoever sits where: places j and j + 4 at a table move on alike (mod 4),
        // so 14 pairs stay together in all three sessions (28 repeats, all consecutive); places two apart meet again
        // two sessions later (28 more)
        assertThat(rows.get(4))
                .startsWith(
                        "| gs_30i_4j_3k | 30 | 4 × 3 | random seating with rotation (mean of 3) | – | 56.0 | 28.0 |");
    }
}
