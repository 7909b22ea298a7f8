package org.minipublic.grouping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The command line as scripts use it: GroupSelect's example files as they are, fixed outputs, exit code 2. */
class GroupingCliTests {

    static final Path EXAMPLES = Path.of("../grouping-engine/bench/instances");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @ParameterizedTest
    @CsvSource({
        "groupselect_30i_4j_3k_3d_data.csv, ID, 'gender,age,region', 30",
        "groupselect_100i_4j_3k_3d_data.csv, ID, 'gender,age,region,nation', 100",
        "groupselect_philipps_example_data.csv, name, 'gender,age,education,ethnicity,region', 110",
        "groupselect_sf_f_40.csv, ID, 'a,b,c,d,e,f,g', 40"
    })
    void readsGroupSelectsExampleFilesAsTheyAre(String file, String id, String diversify, int people)
            throws IOException {
        int code = cli.run(
                "allocate",
                "--people",
                EXAMPLES.resolve(file).toString(),
                "--id-column",
                id,
                "--diversify",
                diversify,
                "--table-size",
                "8",
                "--sessions",
                "3",
                "--seed",
                "5",
                "--out",
                dir.toString());

        assertThat(code).as(cli.err()).isZero();
        var rows = Files.readAllLines(dir.resolve("allocation.csv"));
        assertThat(rows.get(0)).isEqualTo("session,table,id");
        assertThat(rows).hasSize(1 + 3 * people);
        Map<String, Integer> seatsPerSession = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            seatsPerSession.merge(cells[0], 1, Integer::sum);
            assertThat(Integer.parseInt(cells[1])).isBetween(1, (people + 7) / 8);
        }
        assertThat(seatsPerSession).containsOnlyKeys("1", "2", "3").containsValues(people);

        var quality = JsonMapper.builder()
                .build()
                .readTree(dir.resolve("quality.json").toFile());
        for (String field : List.of(
                "repeated_pairs",
                "most_times_met",
                "people_met_min",
                "people_met_mean",
                "worst_deviation",
                "rules_broken",
                "status",
                "seconds")) {
            assertThat(quality.has(field)).as(field).isTrue();
        }
        assertThat(quality.get("rules_broken").size()).isZero();
        assertThat(quality.get("worst_deviation").size()).isEqualTo(diversify.split(",").length);
        assertThat(Files.readString(dir.resolve("plan.html"))).contains("<h1>Session 3 of 3</h1>");
        assertThat(Files.readString(dir.resolve("name-cards.html"))).contains("Session 1: <strong>table ");
        assertThat(cli.out()).contains(people + " members, 3 sessions. Repeated meetings: ");
    }

    @Test
    void readsXlsxAndWritesFacilitatorsAndTheSamePlanForTheSameSeed() throws IOException {
        Path people = dir.resolve("people.xlsx");
        try (var workbook = new XSSFWorkbook();
                OutputStream stream = Files.newOutputStream(people)) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("member");
            header.createCell(1).setCellValue("gender");
            for (int p = 1; p <= 12; p++) {
                var row = sheet.createRow(p);
                row.createCell(0).setCellValue(p); // numeric ids, as spreadsheets store them
                row.createCell(1).setCellValue(p % 2 == 0 ? "F" : "M");
            }
            workbook.write(stream);
        }
        Path facilitators = dir.resolve("facilitators.csv");
        Files.writeString(facilitators, "member\nFac A\nFac B\nFac C\n");
        List<String> plans = new ArrayList<>();
        for (String run : List.of("a", "b")) {
            int code = cli.run(
                    "allocate",
                    "--people",
                    people.toString(),
                    "--id-column",
                    "member",
                    "--diversify",
                    "gender",
                    "--tables",
                    "3",
                    "--sessions",
                    "4",
                    "--seed",
                    "9",
                    "--facilitators",
                    facilitators.toString(),
                    "--out",
                    dir.resolve(run).toString());
            assertThat(code).as(cli.err()).isZero();
            plans.add(Files.readString(dir.resolve(run).resolve("allocation.csv")));
        }
        assertThat(plans.get(1)).isEqualTo(plans.get(0));
        assertThat(plans.get(0)).contains("\n1,1,").contains(",12\n");
        var facilitatorRows = Files.readAllLines(dir.resolve("a").resolve("facilitators.csv"));
        assertThat(facilitatorRows).hasSize(1 + 4 * 3).contains("1,1,Fac A", "1,2,Fac B", "1,3,Fac C");
    }

    @Test
    void keepsRulesFromARulesFile() throws IOException {
        Path rules = dir.resolve("rules.csv");
        Files.writeString(
                rules,
                "rule,a,b,session,table\napart,AA,AB,,\ntogether,AC,AD,,\nseat,AE,,2,3\n"
                        + "accessible,AF,,,\naccessible-table,,,,1\n");
        int code = cli.run(
                "allocate",
                "--people",
                EXAMPLES.resolve("groupselect_100i_4j_3k_3d_data.csv").toString(),
                "--id-column",
                "ID",
                "--diversify",
                "gender,age",
                "--table-size",
                "10",
                "--sessions",
                "3",
                "--seed",
                "1",
                "--rules",
                rules.toString(),
                "--out",
                dir.toString());

        assertThat(code).as(cli.err()).isZero();
        Map<String, String> seat = new HashMap<>();
        for (String row : Files.readAllLines(dir.resolve("allocation.csv")).subList(1, 301)) {
            String[] cells = row.split(",");
            seat.put(cells[0] + "/" + cells[2], cells[1]);
        }
        for (int s = 1; s <= 3; s++) {
            assertThat(seat.get(s + "/AA")).isNotEqualTo(seat.get(s + "/AB"));
            assertThat(seat.get(s + "/AC")).isEqualTo(seat.get(s + "/AD"));
            assertThat(seat.get(s + "/AF")).isEqualTo("1");
        }
        assertThat(seat.get("2/AE")).isEqualTo("3");
    }

    @Test
    void replansAfterADropOutAndAReplacementKeepingTheHeldSession() throws IOException {
        Path people = dir.resolve("people.csv");
        StringBuilder csv = new StringBuilder("id,area\n");
        for (int p = 1; p <= 20; p++) {
            csv.append("M").append(p).append(',').append(p % 4).append('\n');
        }
        Files.writeString(people, csv);
        assertThat(cli.run(
                        "allocate",
                        "--people",
                        people.toString(),
                        "--id-column",
                        "id",
                        "--diversify",
                        "area",
                        "--table-size",
                        "5",
                        "--sessions",
                        "3",
                        "--seed",
                        "1",
                        "--out",
                        dir.resolve("first").toString()))
                .isZero();
        var first = Files.readAllLines(dir.resolve("first/allocation.csv"));
        // M20 drops out after session 1, and R1 takes their place from then on
        Files.writeString(people, csv.toString().replace("M20,0\n", "R1,0\n"));
        int code = cli.run(
                "allocate",
                "--people",
                people.toString(),
                "--id-column",
                "id",
                "--diversify",
                "area",
                "--table-size",
                "5",
                "--sessions",
                "3",
                "--seed",
                "2",
                "--held",
                dir.resolve("first/allocation.csv").toString(),
                "--held-sessions",
                "1",
                "--out",
                dir.resolve("second").toString());

        assertThat(code).as(cli.err()).isZero();
        var second = Files.readAllLines(dir.resolve("second/allocation.csv"));
        var heldBefore = first.stream()
                .filter(r -> r.startsWith("1,") && !r.endsWith(",M20"))
                .toList();
        var heldAfter = second.stream().filter(r -> r.startsWith("1,")).toList();
        assertThat(heldAfter).containsExactlyInAnyOrderElementsOf(heldBefore);
        assertThat(second).hasSize(1 + 19 + 2 * 20);
        assertThat(second.stream().filter(r -> r.endsWith(",R1")).map(r -> r.split(",")[0]))
                .containsExactly("2", "3");
        assertThat(cli.out())
                .contains("Held session 1 had no seat for R1; taken as not there (absent, or not yet a member).");
    }
}
