package org.minipublic.grouping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Options that shape the output without changing the rules: the printed pages' languages and the make-up band. */
class GroupingCliOptionsTests {

    static final Path EXAMPLES = GroupingCliTests.EXAMPLES;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void printsThePlanAndNameCardsInTheAskedLanguage() throws IOException {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "id,name,gender,card\nA,Anna,F,\nB,Bartek,M,\nC,Celina,F,ur\nD,Dawid,M,\n");
        int code = cli.run(
                "allocate",
                "--people",
                people.toString(),
                "--id-column",
                "id",
                "--label-column",
                "name",
                "--diversify",
                "gender",
                "--table-size",
                "2",
                "--sessions",
                "2",
                "--seed",
                "1",
                "--language",
                "pl",
                "--card-language-column",
                "card",
                "--out",
                dir.resolve("out").toString());

        assertThat(code).isZero();
        assertThat(Files.readString(dir.resolve("out/plan.html")))
                .contains("lang=\"pl\"", "<h1>Sesja 2 z 2</h1>", "Stolik 2", "Bartek");
        assertThat(Files.readString(dir.resolve("out/name-cards.html")))
                .containsSubsequence("Anna", "Sesja 1: <strong>stolik ", "lang=\"ur\" dir=\"rtl\"", "Celina", "سیشن 1");
    }

    @Test
    void aWiderBandIsKeptAndRecorded() throws IOException {
        int code = cli.run(
                "allocate",
                "--people",
                EXAMPLES.resolve("synth_45.csv").toString(),
                "--id-column",
                "id",
                "--diversify",
                "gender,age,ethnicity,disability,area",
                "--table-size",
                "8",
                "--sessions",
                "3",
                "--band",
                "2",
                "--seed",
                "1",
                "--out",
                dir.toString());

        assertThat(code).isZero();
        var quality = JsonMapper.builder()
                .build()
                .readTree(dir.resolve("quality.json").toFile());
        assertThat(quality.get("band").asDouble()).isEqualTo(2.0);
        quality.get("worst_deviation").forEach(d -> assertThat(d.asDouble()).isLessThanOrEqualTo(2.0));
        assertThat(quality.get("bands_widened").size()).isZero();
    }
}
