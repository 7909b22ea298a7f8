package org.minipublic.grouping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input on the command line: exit code 2 and a message naming the file, row and column; nothing written. */
class GroupingCliErrorTests {

    static final Path EXAMPLES = GroupingCliTests.EXAMPLES;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void unknownColumnIsNamedWithTheColumnsThereAre() {
        int code = cli.run(
                "allocate",
                "--people",
                EXAMPLES.resolve("groupselect_sf_f_40.csv").toString(),
                "--id-column",
                "ID",
                "--diversify",
                "a,colour",
                "--table-size",
                "8",
                "--sessions",
                "2",
                "--seed",
                "1",
                "--out",
                dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err())
                .contains("groupselect_sf_f_40.csv row 1, column colour: there is no column colour (an attribute);"
                        + " the columns are ID, a, b, c, d, e, f, g");
        assertThat(dir.resolve("allocation.csv")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--language | de  | --language must be en, pl or ur, got de",
                "--band     | 0.5 | --band must be between 1 and 100 seats, got 0.5"
            })
    void badOptionIsRefusedBeforeAnyWork(String option, String value, String message) throws IOException {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "id,gender\nA,F\nB,M\n");
        int code = cli.run(
                "allocate",
                "--people",
                people.toString(),
                "--id-column",
                "id",
                "--diversify",
                "gender",
                "--table-size",
                "2",
                "--sessions",
                "1",
                "--seed",
                "1",
                option,
                value,
                "--out",
                dir.resolve("out").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void duplicateIdIsNamedWithBothRows() throws IOException {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "id,gender\nA,F\nB,M\nA,M\n");
        int code = cli.run(
                "allocate",
                "--people",
                people.toString(),
                "--id-column",
                "id",
                "--diversify",
                "gender",
                "--table-size",
                "2",
                "--sessions",
                "1",
                "--seed",
                "1",
                "--out",
                dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("people.csv row 4, column id: the id A is already used in row 2");
    }

    @Test
    void tableLargerThanTheGroupIsRefused() {
        int code = cli.run(
                "allocate",
                "--people",
                EXAMPLES.resolve("groupselect_30i_4j_3k_3d_data.csv").toString(),
                "--id-column",
                "ID",
                "--diversify",
                "gender",
                "--table-size",
                "31",
                "--sessions",
                "2",
                "--seed",
                "1",
                "--out",
                dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("the table size 31 is larger than the 30 people to seat");
    }

    @Test
    void contradictoryRulesAndBadRuleRowsAreNamed() throws IOException {
        Path rules = dir.resolve("rules.csv");
        Files.writeString(rules, "rule,a,b,session,table\napart,1,2,,\ntogether,2,1,,\n");
        String people = EXAMPLES.resolve("groupselect_30i_4j_3k_3d_data.csv").toString();
        int code = cli.run(
                "allocate",
                "--people",
                people,
                "--id-column",
                "ID",
                "--diversify",
                "gender",
                "--table-size",
                "8",
                "--sessions",
                "2",
                "--seed",
                "1",
                "--rules",
                rules.toString(),
                "--out",
                dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("1 and 2 must be kept apart but are in the same keep-together group");

        Files.writeString(rules, "rule,a,b,session,table\napart,1,99,,\nswap,1,2,,\nseat,3,,7,1\nseat,4,,1,x\n");
        code = cli.run(
                "allocate",
                "--people",
                people,
                "--id-column",
                "ID",
                "--diversify",
                "gender",
                "--table-size",
                "8",
                "--sessions",
                "2",
                "--seed",
                "1",
                "--rules",
                rules.toString(),
                "--out",
                dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err())
                .contains("rules.csv row 2, column b: nobody to seat has the id 99")
                .contains("rules.csv row 3, column rule: unknown rule 'swap'")
                .contains("rules.csv row 4, column session: there is no session 7; sessions are 1 to 2")
                .contains("rules.csv row 5, column table: 'x' is not a whole number");
    }
}
