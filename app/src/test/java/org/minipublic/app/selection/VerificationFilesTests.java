package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.report.InputDigest;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.TableReader;

/** The files the command line reads back as the very inputs the draw used: the same fingerprints. */
class VerificationFilesTests {

    private static final Targets TARGETS = new Targets(List.of(
            new Category(
                    "Area",
                    List.of(Target.fixed("Area", "North, \"old\" town", 1, 2), Target.fixed("Area", "South", 0, 2))),
            new Category("Age", List.of(new Target("Age", "16–29", 1, 1, 0, 3), Target.fixed("Age", "30+", 1, 2)))));

    @Test
    void theCommandLineReadsTheFilesAsTheSameTargetsAndPeopleEvenWithCommasQuotesAndFlexibleLimits() {
        var pool = new Pool(
                List.of(
                        person("b7c1", List.of("North, \"old\" town", "16–29"), "h1"),
                        person("a2f9", List.of("South", "30+"), "h1"),
                        person("c3d4", List.of("South", "16–29"), null)),
                List.of());
        var files = VerificationFiles.of(SelectionProblem.of(pool, TARGETS, 2, 1L));

        var targets = TargetsReader.read(TableReader.read("targets.csv", bytes(files.targetsCsv())));
        var people = PeopleReader.read(
                TableReader.read("people.csv", bytes(files.peopleCsv())),
                targets,
                VerificationFiles.settings(TARGETS).idColumn(),
                VerificationFiles.settings(TARGETS).addressColumns());

        assertThat(InputDigest.of(targets)).isEqualTo(InputDigest.of(TARGETS));
        assertThat(InputDigest.of(people)).isEqualTo(InputDigest.of(pool));
        assertThat(files.peopleCsv().lines().findFirst()).hasValue("respondent,household,Area,Age");
    }

    @Test
    void theIdAndHouseholdColumnsStepAsideForCategoriesOfTheirName() {
        var targets = new Targets(List.of(
                new Category("Household ", List.of(Target.fixed("Household ", "Alone", 0, 1))),
                new Category("household_2", List.of(Target.fixed("household_2", "Yes", 0, 1)))));

        var settings = VerificationFiles.settings(targets);

        assertThat(settings.idColumn()).isEqualTo("respondent");
        assertThat(settings.addressColumns()).containsExactly("household_3");
    }

    private static Respondent person(String id, List<String> values, String household) {
        return new Respondent(new RespondentId(id), values, household, 0, List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
