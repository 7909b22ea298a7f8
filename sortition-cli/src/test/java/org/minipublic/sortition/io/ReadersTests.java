package org.minipublic.sortition.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipublic.sortition.support.Instances;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.NotUtf8Exception;
import org.minipublic.tableio.TableReader;

/** The readers take the files practitioners have and report every problem at once, precisely. */
class ReadersTests {

    @TempDir
    Path dir;

    @Test
    void readsTheThreeTargetLayoutsAndSkipsNoteRows() {
        var opendlp = TargetsReader.read(
                TableReader.read(Instances.named("opendlp_example_100_20").targetsPath()));
        assertThat(opendlp.categories())
                .extracting(c -> c.name())
                .containsExactly("gender", "age_bucket", "ethnicity", "disability", "colour_bucket");
        var research = TargetsReader.read(
                TableReader.read(Instances.named("pgoelz_example_small_20").targetsPath()));
        assertThat(research.category("leaning").orElseThrow().valueNames()).containsExactly("liberal", "conservative");
        var library = TargetsReader.read(
                TableReader.read(Instances.named("sf_fixture_150_22").targetsPath()));
        var nonBinary = library.category("gender").orElseThrow().targets().get(2);
        assertThat(nonBinary.maxFlex()).isEqualTo(1);
        assertThat(library.category("age_bracket")
                        .orElseThrow()
                        .targets()
                        .get(0)
                        .max())
                .isZero();
    }

    @Test
    void refusesTextThatIsNotUtf8NamingTheLineAndTheByte() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path withBom = dir.resolve("bom.csv");
        Files.write(withBom, bom);
        Files.write(withBom, "id,area\n1,Gen\u00e8ve\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        assertThat(TextFiles.table(withBom).rows().get(0).cells()).containsExactly("1", "Gen\u00e8ve");

        Path windows = dir.resolve("windows.csv");
        Files.write(windows, "id,area\n1,Bern\n2,Gen\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TextFiles.table(windows))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("windows.csv: is not UTF-8 text: line 3 has the byte 0xE8");
        Path utf16 = Files.write(dir.resolve("utf16.txt"), "id\n1\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> TextFiles.read(utf16)).hasMessageStartingWith("utf16.txt: is not UTF-8 text: line 1");
        // a character cut short at the end of the file
        assertThat(NotUtf8Exception.describe(new byte[] {'a', '\n', (byte) 0xC3}))
                .contains("is not UTF-8 text: line 2 has the byte 0xC3, which UTF-8 does not allow there");
        assertThatThrownBy(() -> TextFiles.read(dir.resolve("missing.json")))
                .hasMessageContaining("missing.json: the file does not exist");
    }

    @Test
    void readsSemicolonSeparatedFilesAsSpreadsheetProgramsWriteThemInMuchOfEurope() throws IOException {
        var targets = TargetsReader.read(TableReader.read(write(
                "t.csv", "category;name;min;max;min_flex;max_flex\ngender;female;1;2;0;3\ngender;male;1;2;0;3\n")));
        var pool = PeopleReader.read(
                TableReader.read(write("p.csv", "id;gender;address\n1;female;1 High St, Leyton\n2;male;2 High St\n")),
                targets,
                null,
                List.of("address"));

        assertThat(targets.category("gender").orElseThrow().targets())
                .extracting(
                        t -> t.value() + " " + t.min() + ".." + t.max() + " flex " + t.minFlex() + ".." + t.maxFlex())
                .containsExactly("female 1..2 flex 0..3", "male 1..2 flex 0..3");
        assertThat(pool.respondents())
                .extracting(r -> r.id().value() + " " + r.values() + " " + r.household())
                .containsExactly("1 [female] 1 high st, leyton", "2 [male] 2 high st");
    }

    @Test
    void idsAreDataRowNumbersWhenThereIsNoIdColumn() {
        var instance = Instances.named("pgoelz_example_small_20");
        var pool = instance.pool();
        assertThat(pool.get(0).id().value()).isEqualTo("1");
        assertThat(pool.get(199).id().value()).isEqualTo("200");
    }

    @Test
    void matchesValuesIgnoringCaseAndSpaces() throws IOException {
        var targets = write("t.csv", "feature,value,min,max\ngender,Female,0,2\ngender,Male,0,2\n");
        var people = write("p.csv", "id,gender\n1,  female \n2,MALE\n");
        var pool = PeopleReader.read(
                TableReader.read(people), TargetsReader.read(TableReader.read(targets)), null, List.of());
        assertThat(pool.respondents()).extracting(c -> c.values().get(0)).containsExactly("Female", "Male");
    }

    @Test
    void reportsEveryBadValueWithFileRowColumnAndExpectedValues() throws IOException {
        var targets = TargetsReader.read(TableReader.read(write(
                "categories.csv",
                "category,name,min,max\ngender,female,0,2\ngender,male,0,2\ngender,non-binary,0,1\n")));
        var people = write("people.csv", "id,gender\n1,female\n2,Femal\n3,male\n3,male\n5,\n");
        assertThatThrownBy(() -> PeopleReader.read(TableReader.read(people), targets, null, List.of()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(InputProblem::describe)
                        .containsExactly(
                                "people.csv row 3, column gender: 'Femal' is not a value of category 'gender'"
                                        + " (expected: female, male, non-binary)",
                                "people.csv row 5, column id: the id '3' was already used in row 4",
                                "people.csv row 6, column gender: '' is not a value of category 'gender'"
                                        + " (expected: female, male, non-binary)"));
    }

    @Test
    void reportsEveryBadTargetRow() throws IOException {
        var targets = write(
                "categories.csv",
                "feature,value,min,max\nage,young,two,4\nage,old,5,3\nage,young,1,2\nage,mid,-1,2\n,,,\n");
        assertThatThrownBy(() -> TargetsReader.read(TableReader.read(targets)))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(InputProblem::describe)
                        .containsExactly(
                                "categories.csv row 2, column min: 'two' is not a whole number",
                                "categories.csv row 3, column min: min 5 is larger than max 3 for 'old'",
                                "categories.csv row 4, column value: 'young' appears twice in category 'age'",
                                "categories.csv row 5, column min: '-1' is negative"));
    }

    @Test
    void refusesAnUnknownTargetsHeaderAndMissingColumns() throws IOException {
        assertThatThrownBy(() -> TargetsReader.read(TableReader.read(write("t.csv", "a,b,c\n1,2,3\n"))))
                .hasMessageContaining("is not a targets header");
        var targets = TargetsReader.read(TableReader.read(write("t.csv", "feature,value,min,max\nward,A,0,1\n")));
        assertThatThrownBy(() -> PeopleReader.read(
                        TableReader.read(write("p.csv", "id,area\n1,A\n")), targets, null, List.of("street")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("there is no column ward (a category of the targets); the columns are id, area")
                .hasMessageContaining("there is no column street (--address-columns); the columns are id, area");
    }

    @Test
    void readsXlsxAndHouseholdsFromAddressColumns() throws IOException {
        Path xlsx = dir.resolve("people.xlsx");
        try (var workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet();
            String[][] rows = {
                {"id", "gender", "street", "postcode"},
                {"a", "female", "1 High St", "E17"},
                {"b", "male", "1 HIGH ST", "e17"},
                {"c", "male", "", ""},
                {"d", "female", "", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        var targets = TargetsReader.read(
                TableReader.read(write("t.csv", "feature,value,min,max\ngender,female,0,2\ngender,male,0,2\n")));
        var pool = PeopleReader.read(TableReader.read(xlsx), targets, "id", List.of("street", "postcode"));
        assertThat(pool.households()).hasSize(1);
        assertThat(pool.households().get(0)).containsExactly(0, 1);
        assertThat(pool.get(2).household())
                .as("an empty address is no household")
                .isNull();
    }

    @Test
    void readsAByteOrderMark() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFfeature,value,min,max\ngender,f,0,1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(TargetsReader.read(TableReader.read(file)).categories()).hasSize(1);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
