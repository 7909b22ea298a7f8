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
        var summary = java.util.regex.Pattern.compile(
                        "([0-9.]+) with them, ([0-9.]+) with the first 4 of the reserve list, ([0-9.]+) with none")
                .matcher(out.toString());
        assertThat(summary.find()).as(out.toString()).isTrue();
        double ours = Double.parseDouble(summary.group(1));
        assertThat(ours).isLessThanOrEqualTo(Double.parseDouble(summary.group(2)));
        assertThat(ours).isLessThan(Double.parseDouble(summary.group(3)));
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

    private int alternates(Path rates, String budget) {
        return run(
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
                dir.resolve("out").toString());
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
