package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results worked out by hand from a few responses: counts, percentages, means, a number's range, a multiple choice,
 * a cross-tabulation, the response rate and the weekends compared. Also the rules answers pass through: required
 * questions, conditions, closed and draft surveys, fixed questions, and who may do what.
 */
@IntegrationTest
class SurveyResultsIntegrationTests {

    @Autowired
    Surveys surveys;

    @Autowired
    Answering answering;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    Fixtures fixtures;

    record Setup(Actor actor, AssemblyId assembly) {}

    @Test
    void figuresMatchWhatWasWorkedOutByHand() {
        var setup = setup("Figures");
        var id = feedback(setup, "Weekend 1");
        surveys.update(setup.actor(), setup.assembly(), id, "Weekend 1", null, 8);
        var survey = surveys.survey(setup.actor(), setup.assembly(), id);
        // inclusive: 5 4 4 2 5 3 → counts 0 1 1 2 2, mean 23 / 6; change: answered by two of six
        int[] inclusive = {5, 4, 4, 2, 5, 3};
        for (int i = 0; i < inclusive.length; i++) {
            var given = new HashMap<String, List<String>>();
            for (var q : List.of("diverse-views", "facilitation", "materials", "speakers", "wellbeing")) {
                given.put(q, List.of("4"));
            }
            given.put("inclusive", List.of(String.valueOf(inclusive[i])));
            given.put("change", i < 2 ? List.of("More breaks " + i) : List.of());
            assertThat(answer(survey, given).stored()).isTrue();
        }

        var results = analysis.results(setup.actor(), setup.assembly(), id, "en");
        assertThat(results.responses()).isEqualTo(6);
        assertThat(results.responseRate()).isCloseTo(75.0, within(1e-9));
        var first = results.questions().get(0);
        assertThat(first.question().key()).isEqualTo("inclusive");
        assertThat(first.answered()).isEqualTo(6);
        assertThat(first.choices())
                .extracting(QuestionResult.ChoiceCount::count)
                .containsExactly(0, 1, 1, 2, 2);
        assertThat(first.choices().get(3).percent()).isCloseTo(100.0 * 2 / 6, within(1e-9));
        assertThat(first.choices().get(3).label()).isEqualTo("Agree");
        assertThat(first.mean()).isCloseTo(23.0 / 6, within(1e-9));
        var change = results.questions().get(6);
        assertThat(change.answered()).isEqualTo(2);
        assertThat(change.texts()).containsExactlyInAnyOrder("More breaks 0", "More breaks 1");
        // labels in Polish when asked for Polish
        assertThat(analysis.results(setup.actor(), setup.assembly(), id, "pl")
                        .questions()
                        .get(0)
                        .choices()
                        .get(4)
                        .label())
                .isEqualTo("Zdecydowanie się zgadzam");
    }

    @Test
    void numbersMultipleChoicesAndCrossTabulation() {
        var setup = setup("Crosstab");
        var id = surveys.create(setup.actor(), setup.assembly(), "Mixed", SurveyTemplate.BLANK, Locale.ENGLISH);
        var age = add(setup, id, "age", QuestionKind.SINGLE, "Age band", "Under 40\n40 or over");
        var safe =
                add(setup, id, "safe", QuestionKind.SCALE, "I feel safe", String.join("\n", surveys.agreeScale("en")));
        var places = add(setup, id, "places", QuestionKind.MULTIPLE, "Where unsafe?", "Parks\nStations\nBuses");
        var visits = add(setup, id, "visits", QuestionKind.NUMBER, "Visits", "");
        surveys.open(setup.actor(), setup.assembly(), id);
        var survey = surveys.survey(setup.actor(), setup.assembly(), id);
        // age, safe, places, visits
        answer(
                survey,
                Map.of("age", List.of("1"), "safe", List.of("2"), "places", List.of("1", "2"), "visits", List.of("3")));
        answer(
                survey,
                Map.of("age", List.of("1"), "safe", List.of("4"), "places", List.of("1"), "visits", List.of("5.5")));
        answer(survey, Map.of("age", List.of("2"), "safe", List.of("5"), "places", List.of("3")));
        answer(survey, Map.of("age", List.of("2"), "safe", List.of("5"), "visits", List.of("0")));
        answer(survey, Map.of("safe", List.of("1")));

        var results = analysis.results(setup.actor(), setup.assembly(), id, "en");
        var placesResult = results.question(places).orElseThrow();
        assertThat(placesResult.answered()).isEqualTo(3);
        assertThat(placesResult.choices())
                .extracting(QuestionResult.ChoiceCount::count)
                .containsExactly(2, 1, 1);
        assertThat(placesResult.choices().get(0).percent()).isCloseTo(100.0 * 2 / 3, within(1e-9));
        var visitsResult = results.question(visits).orElseThrow();
        assertThat(visitsResult.answered()).isEqualTo(3);
        assertThat(visitsResult.mean()).isCloseTo(8.5 / 3, within(1e-9));
        assertThat(visitsResult.min()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(visitsResult.max()).isEqualByComparingTo(new BigDecimal("5.5"));

        var table = analysis.crossTab(setup.actor(), setup.assembly(), id, age, safe, "en");
        assertThat(table.columns()).hasSize(5);
        assertThat(table.rows()).extracting(CrossTab.Row::label).containsExactly("Under 40", "40 or over");
        assertThat(table.rows().get(0).counts()).containsExactly(0, 1, 0, 1, 0);
        assertThat(table.rows().get(1).counts()).containsExactly(0, 0, 0, 0, 2);
        assertThat(table.rows().get(0).mean()).isCloseTo(3.0, within(1e-9));
        assertThat(table.rows().get(1).mean()).isCloseTo(5.0, within(1e-9));
        assertThat(table.rows().get(0).percent(1)).isCloseTo(50.0, within(1e-9));
        assertThatThrownBy(() -> analysis.crossTab(setup.actor(), setup.assembly(), id, age, visits, "en"))
                .hasMessageContaining("surveys.crosstab.invalid");
    }

    @Test
    void theWeekendsAreComparedQuestionByQuestion() {
        var setup = setup("Trend");
        var one = feedback(setup, "Weekend 1");
        var two = feedback(setup, "Weekend 2");
        surveys.create(setup.actor(), setup.assembly(), "Weekend 3 (draft)", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        for (var score : List.of("3", "4")) {
            answer(surveys.survey(setup.actor(), setup.assembly(), one), allScales(score));
        }
        for (var score : List.of("5", "4", "5")) {
            answer(surveys.survey(setup.actor(), setup.assembly(), two), allScales(score));
        }
        var trend = analysis.trend(setup.actor(), setup.assembly(), two, "en");
        assertThat(trend.surveys()).extracting(SurveySummary::title).containsExactly("Weekend 1", "Weekend 2");
        assertThat(trend.lines()).hasSize(6);
        assertThat(trend.lines().get(0).key()).isEqualTo("inclusive");
        assertThat(trend.lines().get(0).means().get(0)).isCloseTo(3.5, within(1e-9));
        assertThat(trend.lines().get(0).means().get(1)).isCloseTo(14.0 / 3, within(1e-9));
    }

    @Test
    void answersPassTheRulesOfTheirQuestions() {
        var setup = setup("Rules");
        var id =
                surveys.create(setup.actor(), setup.assembly(), "Residents", SurveyTemplate.ENGAGEMENT, Locale.ENGLISH);
        surveys.open(setup.actor(), setup.assembly(), id);
        var survey = surveys.survey(setup.actor(), setup.assembly(), id);
        var required = Map.of(
                "area",
                List.of("2"),
                "safe-day",
                List.of("4"),
                "safe-night",
                List.of("3"),
                "trust-police",
                List.of("3"));

        var missing = answer(survey, Map.of("area", List.of("2"), "safe-day", List.of("9")));
        assertThat(missing.stored()).isFalse();
        assertThat(missing.problems().values())
                .extracting(AnswerProblem::key)
                .containsExactly("surveys.answer.not-an-option", "surveys.answer.required", "surveys.answer.required");
        var twoAreas = new HashMap<>(required);
        twoAreas.put("area", List.of("1", "2"));
        assertThat(answer(survey, twoAreas).problems().values())
                .extracting(AnswerProblem::key)
                .containsExactly("surveys.answer.one-only");

        // "Was it fair?" is asked only of those with contact (option 1); a "No" drops its answer.
        var noContact = new HashMap<>(required);
        noContact.put("contact", List.of("2"));
        noContact.put("contact-fair", List.of("1"));
        assertThat(answer(survey, noContact).stored()).isTrue();
        var contact = new HashMap<>(required);
        contact.put("contact", List.of("1"));
        contact.put("contact-fair", List.of("5"));
        assertThat(answer(survey, contact).stored()).isTrue();
        var fair = analysis.results(setup.actor(), setup.assembly(), id, "en").questions().stream()
                .filter(r -> r.question().key().equals("contact-fair"))
                .findFirst()
                .orElseThrow();
        assertThat(fair.answered()).isEqualTo(1);
        assertThat(fair.mean()).isCloseTo(5.0, within(1e-9));

        assertThatThrownBy(() -> surveys.addQuestion(
                        setup.actor(),
                        setup.assembly(),
                        id,
                        new QuestionDraft("", QuestionKind.TEXT, false, "", "Late question", "", null, 0)))
                .hasMessageContaining("surveys.not-a-draft");
        surveys.close(setup.actor(), setup.assembly(), id);
        assertThatThrownBy(() -> answer(survey, required)).hasMessageContaining("surveys.answer.closed");
        var past = surveys.create(setup.actor(), setup.assembly(), "Past", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.update(
                setup.actor(), setup.assembly(), past, "Past", Instant.now().minusSeconds(60), null);
        surveys.open(setup.actor(), setup.assembly(), past);
        assertThatThrownBy(() -> answer(surveys.survey(setup.actor(), setup.assembly(), past), allScales("3")))
                .hasMessageContaining("surveys.answer.closed");
        var draft = surveys.create(setup.actor(), setup.assembly(), "Draft", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        assertThatThrownBy(() -> answer(surveys.survey(setup.actor(), setup.assembly(), draft), allScales("3")))
                .hasMessageContaining("surveys.answer.closed");
        assertThatThrownBy(() -> surveys.delete(setup.actor(), setup.assembly(), id))
                .hasMessageContaining("surveys.delete.answered");
        surveys.delete(setup.actor(), setup.assembly(), draft);
    }

    @Test
    void questionsAreCheckedAndTranslated() {
        var setup = setup("Questions");
        var id = surveys.create(setup.actor(), setup.assembly(), "Blank", SurveyTemplate.BLANK, Locale.ENGLISH);
        assertThatThrownBy(() -> add(setup, id, "x", QuestionKind.SCALE, "Scale", "Bad\nGood"))
                .hasMessageContaining("surveys.question.scale.labels");
        assertThatThrownBy(() -> add(setup, id, "x", QuestionKind.SINGLE, "One option", "Only"))
                .hasMessageContaining("surveys.question.choices.number");
        assertThatThrownBy(() -> add(setup, id, "Bad Key!", QuestionKind.TEXT, "Text", ""))
                .hasMessageContaining("surveys.question.key.invalid");
        var yes = add(setup, id, "", QuestionKind.SINGLE, "Did you come?", "Yes\nNo");
        assertThatThrownBy(() -> add(setup, id, "q1", QuestionKind.TEXT, "Same key", ""))
                .hasMessageContaining("surveys.question.key.taken");
        assertThatThrownBy(() -> surveys.translate(setup.actor(), setup.assembly(), id, yes, "pl", "Czy byłeś?", "Tak"))
                .hasMessageContaining("surveys.question.choices.count");
        surveys.translate(setup.actor(), setup.assembly(), id, yes, "pl", "Czy byłeś?", "Tak\nNie");
        var why = surveys.addQuestion(
                setup.actor(),
                setup.assembly(),
                id,
                new QuestionDraft("why", QuestionKind.TEXT, false, "", "Why not?", "", yes, 2));
        assertThatThrownBy(() -> surveys.moveQuestion(setup.actor(), setup.assembly(), id, why, true))
                .hasMessageContaining("surveys.question.move.condition");
        var survey = surveys.survey(setup.actor(), setup.assembly(), id);
        assertThat(survey.questions()).extracting(Question::key).containsExactly("q1", "why");
        assertThat(survey.question(yes).orElseThrow().text("pl").choices()).containsExactly("Tak", "Nie");
        assertThat(survey.question(yes).orElseThrow().text("ur").prompt()).isEqualTo("Did you come?");
        // changing the options' number drops the translation that no longer fits
        surveys.changeQuestion(
                setup.actor(),
                setup.assembly(),
                id,
                yes,
                new QuestionDraft("q1", QuestionKind.SINGLE, true, "", "Did you come?", "Yes\nNo\nPartly", null, 0));
        assertThat(surveys.survey(setup.actor(), setup.assembly(), id)
                        .question(yes)
                        .orElseThrow()
                        .translatedInto("pl"))
                .isFalse();
    }

    @Test
    void onlyTheRightPeopleBuildReadAndTypeIn() {
        var setup = setup("Rights");
        var id = feedback(setup, "Weekend 1");
        var facilitator = fixtures.userWithRole("Rights Facilitator", setup.assembly(), AssemblyRole.FACILITATOR);
        var member = fixtures.userWithRole("Rights Member", setup.assembly(), AssemblyRole.MEMBER);
        var stranger = fixtures.user("Rights Stranger");
        assertThatThrownBy(() -> surveys.create(
                        facilitator.actor(), setup.assembly(), "Mine", SurveyTemplate.BLANK, Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> analysis.results(member.actor(), setup.assembly(), id, "en"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> surveys.survey(stranger.actor(), setup.assembly(), id))
                .isInstanceOf(PermissionDeniedException.class);
        var paper = answering.enterPaper(facilitator.actor(), setup.assembly(), id, "pl", q -> allScales("2")
                .getOrDefault(q.key(), List.of()));
        assertThat(paper.stored()).isTrue();
        assertThat(analysis.results(facilitator.actor(), setup.assembly(), id, "en")
                        .responses())
                .isEqualTo(1);
        var other = fixtures.assembly(fixtures.user("Rights Other Organiser"), Fixtures.unique("Other surveys"));
        assertThatThrownBy(() -> surveys.survey(setup.actor(), other, id)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() ->
                        answering.enterPaper(setup.actor(), setup.assembly(), SurveyId.random(), "en", q -> List.of()))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> answering.answer("x".repeat(22), "en", q -> List.of(), "127.0.0.1"))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> surveys.update(setup.actor(), setup.assembly(), id, " ", null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    private Answering.Outcome answer(Survey survey, Map<String, List<String>> given) {
        return answering.answer(survey.token(), "en", q -> given.getOrDefault(q.key(), List.of()), "192.0.2.1");
    }

    private static Map<String, List<String>> allScales(String score) {
        var given = new HashMap<String, List<String>>();
        for (var q : List.of("inclusive", "diverse-views", "facilitation", "materials", "speakers", "wellbeing")) {
            given.put(q, List.of(score));
        }
        return given;
    }

    private SurveyId feedback(Setup setup, String title) {
        var id = surveys.create(setup.actor(), setup.assembly(), title, SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.open(setup.actor(), setup.assembly(), id);
        return id;
    }

    private QuestionId add(Setup setup, SurveyId id, String key, QuestionKind kind, String prompt, String choices) {
        return surveys.addQuestion(
                setup.actor(), setup.assembly(), id, new QuestionDraft(key, kind, false, "", prompt, choices, null, 0));
    }

    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Results Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " results"));
        return new Setup(organiser.actor(), assembly);
    }
}
