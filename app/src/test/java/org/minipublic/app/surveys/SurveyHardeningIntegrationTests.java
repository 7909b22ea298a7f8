package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What an attacker's review of the surveys found, each hole with the test that now keeps it shut. */
@IntegrationTest
class SurveyHardeningIntegrationTests {

    @Autowired
    Surveys surveys;

    @Autowired
    Answering answering;

    @Autowired
    ResponseImport imports;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    record Setup(Actor actor, AssemblyId assembly, SurveyId id) {}

    @Test
    void aHugeNumberIsRefusedUnreadAndEverySendingCountsAgainstTheLimit() {
        var setup = mixed("Huge number");
        var token = surveys.survey(setup.actor(), setup.assembly(), setup.id()).token();
        var huge = Map.of("count", List.of("9".repeat(1_000_000)));
        var outcome = answering.answer(token, "en", q -> huge.getOrDefault(q.key(), List.of()), "198.51.100.200");
        assertThat(outcome.problems().values())
                .extracting(AnswerProblem::key)
                .containsExactly("surveys.answer.not-a-number");
        var ambiguous = Map.of("count", List.of("1,500"));
        assertThat(answering
                        .answer(token, "en", q -> ambiguous.getOrDefault(q.key(), List.of()), "198.51.100.201")
                        .problems()
                        .values())
                .extracting(AnswerProblem::key)
                .containsExactly("surveys.answer.number-ambiguous");
        // refused sendings count too: after the burst, even a wrong one waits
        for (int i = 1; i < Answering.PER_ADDRESS.allowances().get(0).attempts(); i++) {
            answering.answer(token, "en", q -> huge.getOrDefault(q.key(), List.of()), "198.51.100.200");
        }
        assertThatThrownBy(() -> answering.answer(token, "en", q -> List.of(), "198.51.100.200"))
                .hasMessageContaining("surveys.answer.wait");
    }

    @Test
    void optionsWordedAsNumbersNegativeNumbersAndFormulaLikeTextsImportBackUnchanged() throws Exception {
        var setup = mixed("Round trip");
        var token = surveys.survey(setup.actor(), setup.assembly(), setup.id()).token();
        var given = Map.of("times", List.of("2"), "count", List.of("-5"), "words", List.of("=1+1 and -more\u0000"));
        assertThat(answering
                        .answer(token, "en", q -> given.getOrDefault(q.key(), List.of()), "192.0.2.77")
                        .stored())
                .isTrue();
        var out = new ByteArrayOutputStream();
        analysis.writeCsv(setup.actor(), setup.assembly(), setup.id(), out);
        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains(":00:00Z"); // kept to the hour
        var upload = imports.upload(
                setup.actor(), setup.assembly(), setup.id(), "back.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.check(setup.actor(), setup.assembly(), setup.id(), upload, null)
                        .problems())
                .isEmpty();
        imports.importUpload(setup.actor(), setup.assembly(), setup.id(), upload, null);

        var results = analysis.results(setup.actor(), setup.assembly(), setup.id(), "en");
        var survey = surveys.survey(setup.actor(), setup.assembly(), setup.id());
        var times = results.question(survey.questions().get(0).id()).orElseThrow();
        // option 2 is worded "1": both responses chose it, none chose option 1 (worded "0")
        assertThat(times.choices())
                .extracting(QuestionResult.ChoiceCount::count)
                .containsExactly(0, 2, 0, 0);
        var count = results.question(survey.questions().get(1).id()).orElseThrow();
        assertThat(count.min()).isEqualByComparingTo("-5");
        assertThat(count.max()).isEqualByComparingTo("-5");
        var words = results.question(survey.questions().get(2).id()).orElseThrow();
        assertThat(words.texts()).containsExactly("=1+1 and -more", "=1+1 and -more");
    }

    @Test
    void questionsKeepTheirSeparatorsDependentsAndOpenSurveysSafe() {
        var setup = mixed("Rules");
        var draft = surveys.create(setup.actor(), setup.assembly(), "Draft", SurveyTemplate.BLANK, Locale.ENGLISH);
        assertThatThrownBy(() -> surveys.addQuestion(
                        setup.actor(),
                        setup.assembly(),
                        draft,
                        new QuestionDraft("", QuestionKind.SINGLE, false, "", "Which?", "A; B\nC", null, 0)))
                .hasMessageContaining("surveys.question.choice.separator");
        var came = surveys.addQuestion(
                setup.actor(),
                setup.assembly(),
                draft,
                new QuestionDraft("came", QuestionKind.SINGLE, false, "", "Came?", "Yes\nNo", null, 0));
        surveys.addQuestion(
                setup.actor(),
                setup.assembly(),
                draft,
                new QuestionDraft("why", QuestionKind.TEXT, false, "", "Why not?", "", came, 2));
        assertThatThrownBy(() -> surveys.changeQuestion(
                        setup.actor(),
                        setup.assembly(),
                        draft,
                        came,
                        new QuestionDraft("came", QuestionKind.TEXT, false, "", "Came?", "", null, 0)))
                .hasMessageContaining("surveys.question.has-dependents");
        surveys.open(setup.actor(), setup.assembly(), draft);
        assertThatThrownBy(() -> surveys.delete(setup.actor(), setup.assembly(), draft))
                .hasMessageContaining("surveys.delete.open");
    }

    @Test
    void exportsAreForOrganisersAndFilesHaveLimits() throws Exception {
        var setup = mixed("Limits");
        var facilitator = fixtures.userWithRole("Limits Facilitator", setup.assembly(), AssemblyRole.FACILITATOR);
        assertThatThrownBy(() -> analysis.writeCsv(
                        facilitator.actor(), setup.assembly(), setup.id(), new ByteArrayOutputStream()))
                .isInstanceOf(PermissionDeniedException.class);
        var wide = String.join(",", java.util.Collections.nCopies(ResponseFile.MAX_COLUMNS + 1, "x")) + "\n"
                + String.join(",", java.util.Collections.nCopies(ResponseFile.MAX_COLUMNS + 1, "1")) + "\n";
        var upload = imports.upload(
                setup.actor(), setup.assembly(), setup.id(), "wide.csv", wide.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.check(setup.actor(), setup.assembly(), setup.id(), upload, null)
                        .problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("surveys.import.too-many-columns");

        var organiser = fixtures.userWithRole("Limits Organiser", setup.assembly(), AssemblyRole.ORGANISER);
        mvc.perform(post("/assemblies/" + setup.assembly() + "/surveys/" + setup.id() + "/paper")
                        .with(csrf())
                        .with(user(organiser.principal()))
                        .param("paperLanguage", "{x}&y=1#z")
                        .param("q-count", "3"))
                .andExpect(redirectedUrl(
                        "/assemblies/" + setup.assembly() + "/surveys/" + setup.id() + "/paper?paperLanguage="));
    }

    /** An open survey with an option worded as a number, a number and a free text. */
    private Setup mixed(String name) {
        var organiser = fixtures.user(name + " Hardening Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " hardening"));
        var actor = organiser.actor();
        var id = surveys.create(actor, assembly, "Mixed", SurveyTemplate.BLANK, Locale.ENGLISH);
        surveys.addQuestion(
                actor,
                assembly,
                id,
                new QuestionDraft(
                        "times", QuestionKind.SINGLE, false, "", "How many times?", "0\n1\n2\n3 or more", null, 0));
        surveys.addQuestion(
                actor,
                assembly,
                id,
                new QuestionDraft("count", QuestionKind.NUMBER, false, "", "A number", "", null, 0));
        surveys.addQuestion(
                actor,
                assembly,
                id,
                new QuestionDraft("words", QuestionKind.TEXT, false, "", "Some words", "", null, 0));
        surveys.open(actor, assembly, id);
        return new Setup(actor, assembly, id);
    }
}
