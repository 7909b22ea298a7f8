package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.sortition.support.Instances;

/** {@code alternates}: chosen for the likely dropouts, compared with the reserve list; bad input exits 2, writes nothing. */
class AlternatesCliTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Instances.Reference instance = Instances.named("pgoelz_example_small_20");

    @BeforeEach
    void draw() {
        assertThat(run(
                        "select",
                        "--categories",
                        instance.targetsPath().toString(),
                        "--people",
                        instance.peoplePath().toString(),
                        "--panel-size",
                        "20",
                        "--seed",
                        "5",
                        "--out",
                        dir.resolve("draw").toString()))
                .as(err.toString())
                .isZero();
    }

    @Test
    void choosesAlternatesThatKeepThePanelCloserToItsTargetsThanTheReserveList() throws IOException {
        Path rates = Files.writeString(
                dir.resolve("stay.csv"), "category,value,stay_rate\ngender,female,0.6\nleaning,liberal,0.8\n");
        int code = alternates(rates, "4");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/alternates.csv")))
                .hasSize(5)
                .first()
                .asString()
                .startsWith("rank,");
        var figures = figures();
        assertThat(out.toString()).contains("with the first 4 of the reserve list");
        assertThat(figures[0]).isLessThanOrEqualTo(figures[1]);
        assertThat(figures[0]).isLessThan(figures[2]);
    }

    @Test
    void seatsAlreadyOpenCountInEveryScenario() throws IOException {
        Path rates = Files.writeString(dir.resolve("stay.csv"), "category,value,stay_rate\ngender,female,0.6\n");
        // two women withdrew and are not replaced yet: the panel file lists the 18 who hold a seat
        Path selected = dir.resolve("draw/selected.csv");
        var lines = new java.util.ArrayList<>(Files.readAllLines(selected));
        int gender = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("gender");
        for (int left = 0; left < 2; left++) {
            lines.remove(lines.stream()
                    .skip(1)
                    .filter(line -> line.split(",")[gender].equals("female"))
                    .findFirst()
                    .orElseThrow());
        }
        Files.write(selected, lines);
        assertThat(alternates(rates, "4")).as(err.toString()).isZero();
        var closed = figures();

        assertThat(alternates(rates, "4", "--open-seats", "2"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("for 2 open seats");
        var open = figures();
        assertThat(open[0])
                .as("the alternates may fill the two women's open seats as well as the dropouts")
                .isLessThan(closed[0]);

        assertThat(alternates(rates, "4", "--open-seats", "-1")).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("--open-seats: must be 0 or more, got -1");
    }

    /** The expected deviations printed: with the alternates, with the reserve list's first, with none. */
    private double[] figures() {
        var matcher = java.util.regex.Pattern.compile(
                        "([0-9.]+) with them, ([0-9.]+) with the first [0-9]+ of the reserve list, ([0-9.]+) with none")
                .matcher(out.toString());
        assertThat(matcher.find()).as(out.toString()).isTrue();
        return new double[] {
            Double.parseDouble(matcher.group(1)),
            Double.parseDouble(matcher.group(2)),
            Double.parseDouble(matcher.group(3))
        };
    }

    @Test
    void badRatesOrATooLargeBudgetExitWithTwoNamingTheRowAndColumnAndWriteNothing() throws IOException {
        Path rates = Files.writeString(
                dir.resolve("stay.csv"),
                "category,value,stay_rate\ngender,female,1.5\nleaning,centrist,0.5\nage,young,0.5\n");
        assertThat(alternates(rates, "4")).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("stay.csv row 2, column stay_rate: '1.5' is not a chance between 0 and 1")
                .contains("stay.csv row 3, column value: 'centrist' is not a value of category 'leaning'")
                .contains("stay.csv row 4, column category: 'age' is not a category of the targets");

        Path good = Files.writeString(dir.resolve("good.csv"), "category,value,stay_rate\ngender,female,0.6\n");
        assertThat(alternates(good, "1000")).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("--budget: must be between 0 and the 180 people on the reserve list");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aValueGivenTwiceInTheStayRatesOrAFileThatIsNotUtf8ExitsWithTwo() throws IOException {
        Path rates = Files.writeString(
                dir.resolve("stay.csv"),
                "category,value,stay_rate\ngender,female,0.6\nleaning,liberal,0.8\ngender,female,0.7\n");
        assertThat(alternates(rates, "4")).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("stay.csv row 4, column value: 'female' of category 'gender' has a stay rate in row 2"
                        + " already");

        Files.write(rates, "category,value,stay_rate\ngender,f\u00e9male,0.6\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(alternates(rates, "4")).isEqualTo(SortitionCli.BAD_INPUT);
        assertThat(err.toString()).contains("stay.csv: is not UTF-8 text: line 2 has the byte 0xE9");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private int alternates(Path rates, String budget, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "alternates",
                "--categories",
                instance.targetsPath().toString(),
                "--people",
                instance.peoplePath().toString(),
                "--panel",
                dir.resolve("draw/selected.csv").toString(),
                "--seed",
                "5",
                "--budget",
                budget,
                "--stay-rates",
                rates.toString(),
                "--scenarios",
                "40",
                "--out",
                dir.resolve("out").toString()));
        args.addAll(java.util.List.of(more));
        return run(args.toArray(String[]::new));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var commandLine = SortitionCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
