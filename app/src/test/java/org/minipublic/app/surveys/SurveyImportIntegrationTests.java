package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.InflatingXlsx;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Responses from another survey tool: a synthetic engagement survey of 1,500 responses to 20 questions imported in
 * one go and counted as written; a spoiled file refused whole, each problem named by row and column; columns matched
 * by hand; and our own export imported back unchanged.
 */
@IntegrationTest
class SurveyImportIntegrationTests {

    @Autowired
    Surveys surveys;

    @Autowired
    ResponseImport imports;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    Fixtures fixtures;

    record Setup(Actor actor, AssemblyId assembly, Survey survey) {}

    @Test
    void fifteenHundredResponsesToTwentyQuestionsImportAndCountAsWritten() {
        var setup = twentyQuestions("Import 1500");
        var rows = SyntheticResponses.rows(setup.survey(), 1500, 42);
        var upload = upload(setup, "engagement.csv", SyntheticResponses.csv(setup.survey(), rows, List.of()));

        var check =
                imports.check(setup.actor(), setup.assembly(), setup.survey().id(), upload, null);
        assertThat(check.problems()).isEmpty();
        assertThat(check.rows()).isEqualTo(1500);
        assertThat(check.columns())
                .extracting(ColumnMatch::key)
                .doesNotContainNull()
                .hasSize(20);
        assertThat(imports.importUpload(
                        setup.actor(), setup.assembly(), setup.survey().id(), upload, null))
                .isEqualTo(1500);

        var results =
                analysis.results(setup.actor(), setup.assembly(), setup.survey().id(), "en");
        assertThat(results.responses()).isEqualTo(1500);
        for (var question : setup.survey().questions()) {
            var result = results.question(question.id()).orElseThrow();
            long written =
                    rows.stream().filter(r -> !r.get(question.key()).isEmpty()).count();
            assertThat(result.answered()).as(question.key()).isEqualTo(written);
            if (question.kind() == QuestionKind.SCALE || question.kind() == QuestionKind.SINGLE) {
                for (var choice : result.choices()) {
                    long chosen = rows.stream()
                            .map(r -> r.get(question.key()))
                            .filter(v -> v.equals(choice.label()) || v.equals(String.valueOf(choice.choice())))
                            .count();
                    assertThat(choice.count())
                            .as(question.key() + " " + choice.label())
                            .isEqualTo(chosen);
                }
            }
        }
    }

    @Test
    void aSpoiledFileIsRefusedWholeWithEachProblemNamedByRowAndColumn() {
        var setup = twentyQuestions("Import spoiled");
        var rows = SyntheticResponses.rows(setup.survey(), 200, 7);
        var csv = SyntheticResponses.csv(
                setup.survey(),
                rows,
                List.of(
                        new SyntheticResponses.Spoil(3, "safe-day", "7"),
                        new SyntheticResponses.Spoil(10, "area", "Atlantis"),
                        new SyntheticResponses.Spoil(50, "visits", "twelve"),
                        new SyntheticResponses.Spoil(51, "first-heard", "31/02/2024"),
                        new SyntheticResponses.Spoil(120, "trust-police", "")));
        var upload = upload(setup, "spoiled.csv", csv);

        var check =
                imports.check(setup.actor(), setup.assembly(), setup.survey().id(), upload, null);
        // Data row n is spreadsheet row n + 1: the header is row 1.
        assertThat(check.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "safe-day", "surveys.answer.not-an-option"),
                        org.assertj.core.groups.Tuple.tuple(11, "area", "surveys.answer.not-an-option"),
                        org.assertj.core.groups.Tuple.tuple(51, "visits", "surveys.answer.not-a-number"),
                        org.assertj.core.groups.Tuple.tuple(52, "first-heard", "surveys.answer.not-a-date"),
                        org.assertj.core.groups.Tuple.tuple(121, "trust-police", "surveys.answer.required"));
        assertThat(check.problems().get(1).arguments()).containsExactly("Atlantis");

        assertThatThrownBy(() -> imports.importUpload(
                        setup.actor(), setup.assembly(), setup.survey().id(), upload, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("surveys.import.has-errors");
        assertThat(analysis.results(
                                setup.actor(), setup.assembly(), setup.survey().id(), "en")
                        .responses())
                .isZero();
    }

    @Test
    void columnsTheToolNamedDifferentlyCanBeMatchedByHand() {
        var setup = twentyQuestions("Import matching");
        var csv = "Where do you live (Q1);Day safety;Night safety;Trust\nNorth;5;4;Agree\nSouth;2;1;Disagree\n";
        var upload = upload(setup, "other-tool.csv", csv);
        var guessed =
                imports.check(setup.actor(), setup.assembly(), setup.survey().id(), upload, null);
        assertThat(guessed.columns()).extracting(ColumnMatch::key).containsOnlyNulls();
        assertThat(guessed.problems())
                .extracting(ImportProblem::messageKey)
                .contains("surveys.import.required-missing");

        var chosen = Map.of(0, "area", 1, "safe-day", 2, "safe-night", 3, "trust-police");
        var matched =
                imports.check(setup.actor(), setup.assembly(), setup.survey().id(), upload, chosen);
        assertThat(matched.problems()).isEmpty();
        assertThat(imports.importUpload(
                        setup.actor(), setup.assembly(), setup.survey().id(), upload, chosen))
                .isEqualTo(2);

        var twice = upload(setup, "twice.csv", "a,b\nNorth,North\n");
        var doubled = imports.check(
                setup.actor(), setup.assembly(), setup.survey().id(), twice, Map.of(0, "area", 1, "area"));
        assertThat(doubled.problems()).extracting(ImportProblem::messageKey).contains("surveys.import.matched-twice");
    }

    @Test
    void ourOwnExportImportsBackWithTheSameFigures() throws Exception {
        var setup = twentyQuestions("Import round trip");
        var rows = SyntheticResponses.rows(setup.survey(), 300, 99);
        var first = upload(setup, "first.csv", SyntheticResponses.csv(setup.survey(), rows, List.of()));
        imports.importUpload(setup.actor(), setup.assembly(), setup.survey().id(), first, null);
        var before =
                analysis.results(setup.actor(), setup.assembly(), setup.survey().id(), "en");

        var out = new ByteArrayOutputStream();
        analysis.writeCsv(setup.actor(), setup.assembly(), setup.survey().id(), out);
        var again = upload(setup, "export.csv", out.toString(StandardCharsets.UTF_8));
        assertThat(imports.importUpload(
                        setup.actor(), setup.assembly(), setup.survey().id(), again, null))
                .isEqualTo(300);

        var after =
                analysis.results(setup.actor(), setup.assembly(), setup.survey().id(), "en");
        assertThat(after.responses()).isEqualTo(600);
        for (var question : setup.survey().questions()) {
            var was = before.question(question.id()).orElseThrow();
            var now = after.question(question.id()).orElseThrow();
            assertThat(now.answered()).as(question.key()).isEqualTo(2 * was.answered());
            for (int i = 0; i < was.choices().size(); i++) {
                assertThat(now.choices().get(i).count())
                        .isEqualTo(2 * was.choices().get(i).count());
            }
            if (was.mean() != null) {
                assertThat(now.mean()).isCloseTo(was.mean(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void aFileThatIsNotATableOrADraftSurveyOrThatUnpacksToFarMoreThanItsSizeIsRefused() {
        var setup = twentyQuestions("Import refused");
        assertThatThrownBy(() -> imports.upload(
                        setup.actor(),
                        setup.assembly(),
                        setup.survey().id(),
                        "notes.txt",
                        "x".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("surveys.import.file-type");
        assertThatThrownBy(() -> imports.upload(
                        setup.actor(),
                        setup.assembly(),
                        setup.survey().id(),
                        "bomb.xlsx",
                        InflatingXlsx.repeatedRows(16)))
                .hasMessageContaining("surveys.import.oversized");
        var draft = surveys.create(setup.actor(), setup.assembly(), "Draft", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        assertThatThrownBy(() -> imports.upload(
                        setup.actor(),
                        setup.assembly(),
                        draft,
                        "a.csv",
                        "inclusive\n5\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("surveys.not-open-yet");
    }

    private java.util.UUID upload(Setup setup, String name, String csv) {
        return imports.upload(
                setup.actor(), setup.assembly(), setup.survey().id(), name, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The engagement template's nine questions and eleven more of every kind: twenty in all. */
    private Setup twentyQuestions(String name) {
        var organiser = fixtures.user(name + " Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " surveys"));
        var actor = organiser.actor();
        var id = surveys.create(actor, assembly, "Residents' views", SurveyTemplate.ENGAGEMENT, Locale.ENGLISH);
        var scale = String.join("\n", surveys.agreeScale("en"));
        for (var key : List.of("lighting", "neighbours", "transport", "youth")) {
            add(actor, assembly, id, key, QuestionKind.SCALE, false, "Statement about " + key, scale);
        }
        add(actor, assembly, id, "tenure", QuestionKind.SINGLE, false, "Do you rent or own?", "Rent\nOwn\nOther");
        add(actor, assembly, id, "heard", QuestionKind.SINGLE, false, "How did you hear?", "Letter\nFriend\nOnline");
        add(
                actor,
                assembly,
                id,
                "places",
                QuestionKind.MULTIPLE,
                false,
                "Where do you feel unsafe?",
                "Stations\nParks\nHigh street\nEstates");
        add(actor, assembly, id, "worries", QuestionKind.TEXT, false, "What worries you most?", "");
        add(actor, assembly, id, "hopes", QuestionKind.TEXT, false, "What do you hope changes?", "");
        add(actor, assembly, id, "visits", QuestionKind.NUMBER, false, "How many times did you go out after dark?", "");
        add(actor, assembly, id, "first-heard", QuestionKind.DATE, false, "When did you first hear of it?", "");
        surveys.open(actor, assembly, id);
        var survey = surveys.survey(actor, assembly, id);
        assertThat(survey.questions()).hasSize(20);
        return new Setup(actor, assembly, survey);
    }

    private void add(
            Actor actor,
            AssemblyId assembly,
            SurveyId id,
            String key,
            QuestionKind kind,
            boolean required,
            String prompt,
            String choices) {
        surveys.addQuestion(actor, assembly, id, new QuestionDraft(key, kind, required, "", prompt, choices, null, 0));
    }
}
