package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minipublic.sortition.support.Instances;

/** The command line as scripts use it: files written, exit codes 0, 1, 2 and 3, a re-run that verifies. */
class SortitionCliTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void selectWritesTheFixedSetOfFiles() throws IOException {
        var instance = Instances.named("synth_300_30_s2_hh");
        int code = run(
                "select",
                "--categories",
                instance.targetsPath().toString(),
                "--people",
                instance.peoplePath().toString(),
                "--panel-size",
                "30",
                "--seed",
                "42",
                "--address-columns",
                "address,postcode",
                "--out",
                dir.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> selected = Files.readAllLines(dir.resolve("selected.csv"));
        assertThat(selected).hasSize(31);
        assertThat(selected.get(0))
                .isEqualTo("id,first_name,last_name,email,address,postcode,age_band,gender,ethnicity,disability,ward");
        List<String> probabilities = Files.readAllLines(dir.resolve("probabilities.csv"));
        assertThat(probabilities.get(0)).isEqualTo("id,probability");
        assertThat(probabilities).hasSize(301);
        // Remaining: everyone else minus the households of the selected.
        assertThat(Files.readAllLines(dir.resolve("remaining.csv")).size()).isBetween(300 - 30 - 30 + 1, 300 - 30 + 1);
        assertThat(dir.resolve("draw.json")).exists();
        List<String> reserves = Files.readAllLines(dir.resolve("reserves.csv"));
        assertThat(reserves.get(0)).startsWith("rank,id,first_name");
        assertThat(reserves.get(1)).startsWith("1,");
        assertThat(reserves).hasSameSizeAs(Files.readAllLines(dir.resolve("remaining.csv")));
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<title>Selection report</title>");
        assertThat(Files.readAllLines(dir.resolve("report.csv")).get(0))
                .isEqualTo("category,value,in_pool,min,max,expected_seats,seats_in_panel");
        assertThat(out.toString()).contains("Selected 30 of 300 respondents");
    }

    @Test
    void idsAreRowNumbersForPeopleFilesWithoutAnIdColumn() throws IOException {
        var instance = Instances.named("pgoelz_example_small_20");
        assertThat(run(
                        "select",
                        "--categories",
                        instance.targetsPath().toString(),
                        "--people",
                        instance.peoplePath().toString(),
                        "--panel-size",
                        "20",
                        "--seed",
                        "1",
                        "--out",
                        dir.toString()))
                .isZero();
        var lines = Files.readAllLines(dir.resolve("probabilities.csv"));
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(200)).startsWith("200,");
        assertThat(Files.readAllLines(dir.resolve("selected.csv")).get(0)).isEqualTo("id,gender,leaning");
    }

    @Test
    void verifyConfirmsARecordedDrawAndRejectsAChangedOne() throws IOException {
        var instance = Instances.named("sf_fixture_150_22");
        String[] inputs = {
            "--categories",
            instance.targetsPath().toString(),
            "--people",
            instance.peoplePath().toString()
        };
        assertThat(run(concat(new String[] {"select"}, inputs, new String[] {
                    "--panel-size", "22", "--seed", "9", "--panel-number", "77", "--out", dir.toString()
                })))
                .isZero();
        Path record = dir.resolve("draw.json");
        assertThat(run(concat(new String[] {"verify", "--record", record.toString()}, inputs)))
                .isZero();
        assertThat(out.toString()).contains("VERIFIED");

        Files.writeString(record, Files.readString(record).replace("\"seed\": 9", "\"seed\": 10"));
        assertThat(run(concat(new String[] {"verify", "--record", record.toString()}, inputs)))
                .isEqualTo(SortitionCli.NOT_VERIFIED);
        assertThat(out.toString()).contains("NOT VERIFIED");
    }

    @Test
    void goldilocksStatesItsSettingsAndEveryDrawItsChancesInFairShares() throws IOException {
        var instance = Instances.named("sf_fixture_150_22");
        String[] input = {
            "--categories",
            instance.targetsPath().toString(),
            "--people",
            instance.peoplePath().toString(),
            "--panel-size",
            "22",
            "--seed",
            "3"
        };
        int code =
                run(concat(new String[] {"select", "--algorithm", "goldilocks", "--gamma", "2"}, input, new String[] {
                    "--out", dir.toString()
                }));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(goldilocks, seed 3").contains("times the fair share k/n");
        String record = Files.readString(dir.resolve("draw.json"));
        assertThat(record)
                .contains("\"goldilocks\": {\n    \"gamma\": 2.0,\n    \"equal_within\": null\n  }")
                .contains("\"largest_in_fair_shares\"");
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("In units of the fair share k/n")
                .contains("Mixed groups");
        assertThat(out.toString()).contains("of the combinations of two categories' values found in the pool");

        int refused =
                run(concat(new String[] {"select", "--algorithm", "goldilocks", "--gamma", "0"}, input, new String[] {
                    "--out", dir.resolve("refused").toString()
                }));
        assertThat(refused).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("gamma must be a positive number, got 0.0");
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @Test
    void countPrintsTheExactNumberOfValidPanelsOrSaysWhenItIsOutOfReach() {
        var small = Instances.named("pgoelz_example_small_20");
        int code = run(
                "count",
                "--categories",
                small.targetsPath().toString(),
                "--people",
                small.peoplePath().toString(),
                "--panel-size",
                "20");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .isEqualTo("There are 814225107551835924136192000 valid panels of 20 among 200 respondents"
                        + " (8.1 × 10^26).\n");

        var large = Instances.named("synth_1000_45_s1");
        int refused = run(
                "count",
                "--categories",
                large.targetsPath().toString(),
                "--people",
                large.peoplePath().toString(),
                "--panel-size",
                "45",
                "--max-states",
                "20000");
        assertThat(refused).isEqualTo(SortitionCli.SELECTION_FAILED);
        assertThat(err.toString())
                .contains("Counting the valid panels is out of reach")
                .contains("Use leximin");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheProblem() throws IOException {
        Path targets = Files.writeString(
                dir.resolve("categories.csv"), "feature,value,min,max\ngender,female,1,2\ngender,male,1,2\n");
        Path people = Files.writeString(dir.resolve("people.csv"), "id,gender\n1,female\n2,Femal\n3,male\n");
        int code = run(
                "select",
                "--categories",
                targets.toString(),
                "--people",
                people.toString(),
                "--panel-size",
                "2",
                "--seed",
                "1",
                "--out",
                dir.resolve("out").toString());
        assertThat(code).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("people.csv row 3, column gender: 'Femal' is not a value of category 'gender'");
        assertThat(run("select", "--panel-size", "2")).isEqualTo(SortitionCli.BAD_INPUT);
    }

    @Test
    void infeasibleTargetsExitWithThreeAndSuggestAChange() throws IOException {
        Path targets = Files.writeString(
                dir.resolve("categories.csv"),
                "feature,value,min,max,min_flex,max_flex\ngender,female,3,3,0,4\ngender,male,2,2,0,4\n");
        Path people =
                Files.writeString(dir.resolve("people.csv"), "id,gender\n1,female\n2,female\n3,male\n4,male\n5,male\n");
        String[] args = {"--categories", targets.toString(), "--people", people.toString(), "--panel-size", "4"};
        assertThat(run(concat(new String[] {"check"}, args, new String[] {
                    "--json", dir.resolve("check.json").toString()
                })))
                .isEqualTo(SortitionCli.INFEASIBLE);
        assertThat(out.toString()).contains("Suggestion:");
        assertThat(Files.readString(dir.resolve("check.json")))
                .contains("\"feasible\" : false")
                .contains("\"relaxation\"");
        assertThat(run(concat(new String[] {"select"}, args, new String[] {"--seed", "1", "--out", dir.toString()})))
                .isEqualTo(SortitionCli.INFEASIBLE);
        assertThat(err.toString()).contains("The targets cannot be met");
    }

    @Test
    void replaceDrawsOneReplacementPerDropout() throws IOException {
        var instance = Instances.named("sf_fixture_150_22");
        String[] inputs = {
            "--categories",
            instance.targetsPath().toString(),
            "--people",
            instance.peoplePath().toString(),
            "--id-column",
            "nationbuilder_id"
        };
        Path first = dir.resolve("first");
        assertThat(run(concat(new String[] {"select"}, inputs, new String[] {
                    "--panel-size", "22", "--seed", "3", "--out", first.toString()
                })))
                .isZero();
        var selected = Files.readAllLines(first.resolve("selected.csv"));
        Files.writeString(
                dir.resolve("confirmed.csv"),
                "nationbuilder_id\n"
                        + String.join(
                                "\n",
                                selected.subList(3, 23).stream()
                                        .map(l -> l.split(",")[0])
                                        .toList()) + "\n");
        Files.writeString(
                dir.resolve("dropped.csv"),
                "nationbuilder_id\n"
                        + String.join(
                                "\n",
                                selected.subList(1, 3).stream()
                                        .map(l -> l.split(",")[0])
                                        .toList()) + "\n");
        Path second = dir.resolve("second");
        int code = run(concat(new String[] {"replace"}, inputs, new String[] {
            "--confirmed",
            dir.resolve("confirmed.csv").toString(),
            "--dropped",
            dir.resolve("dropped.csv").toString(),
            "--seed",
            "4",
            "--out",
            second.toString()
        }));
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(second.resolve("selected.csv"))).hasSize(3);
    }

    @Test
    void goldilocksSettingsWithAnotherAlgorithmAndARecordWithACeremonyAreRefused() {
        var instance = Instances.named("sf_fixture_150_22");
        String[] input = {
            "--categories",
            instance.targetsPath().toString(),
            "--people",
            instance.peoplePath().toString(),
            "--panel-size",
            "22",
            "--seed",
            "3",
            "--out",
            dir.resolve("refused").toString()
        };
        assertThat(run(concat(new String[] {"select", "--gamma", "2"}, input))).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("--gamma: applies only to --algorithm goldilocks, not to leximin");
        assertThat(run(concat(new String[] {"select", "--algorithm", "nash", "--equal-within", "0.01"}, input)))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("--equal-within: applies only to --algorithm goldilocks, not to nash");
        assertThat(run(concat(new String[] {"select", "--algorithm", "maximin", "--legacy-runs", "50"}, input)))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("--legacy-runs: applies only to --algorithm legacy, not to maximin");
        assertThat(dir.resolve("refused")).doesNotExist();

        assertThat(run(
                        "verify",
                        "--ceremony",
                        dir.toString(),
                        "--record",
                        dir.resolve("draw.json").toString()))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("--ceremony checks a ceremony from its published files alone; leave out --record");
    }

    @Test
    void filesThatAreNotUtf8AreRefusedNamingTheFile() throws IOException {
        Path targets = Files.writeString(
                dir.resolve("categories.csv"), "feature,value,min,max\narea,Gen\u00e8ve,1,2\narea,Bern,1,2\n");
        Path latin1 = dir.resolve("people.csv");
        Files.write(latin1, "id,area\n1,Gen\u00e8ve\n2,Bern\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] args = {
            "select",
            "--categories",
            targets.toString(),
            "--people",
            latin1.toString(),
            "--panel-size",
            "2",
            "--seed",
            "1",
            "--out",
            dir.resolve("out").toString()
        };
        assertThat(run(args)).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("people.csv: is not UTF-8 text: line 2 has the byte 0xE8")
                .contains("save it as UTF-8");

        Files.write(latin1, "id,area\n1,Gen\u00e8ve\n2,Bern\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run(args)).as(err.toString()).isZero();
        Path record = dir.resolve("out/draw.json");
        Files.write(record, ("\u00e9" + Files.readString(record)).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run(
                        "verify",
                        "--record",
                        record.toString(),
                        "--categories",
                        targets.toString(),
                        "--people",
                        latin1.toString()))
                .isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("draw.json: is not UTF-8 text").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"select", "check", "replace", "verify", "bench", "ceremony", "count", "alternates"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage:");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var commandLine = SortitionCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
