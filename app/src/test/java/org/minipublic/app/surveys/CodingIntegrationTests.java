package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coding free-text answers: codes in a tree, suggestions from keywords, counts rolled up the tree and broken down by
 * area, quotes with contact details taken out, and who may do what, in this survey only.
 */
@IntegrationTest
class CodingIntegrationTests {

    @Autowired
    Surveys surveys;

    @Autowired
    Answering answering;

    @Autowired
    Coding coding;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    record Setup(Actor actor, AssemblyId assembly, Survey survey, QuestionId ideas, Map<String, UUID> responses) {}

    @Test
    void codesRollUpTheTreeAndBreakDownByArea() {
        var setup = setup("Counts");
        var spaces =
                coding.addCode(setup.actor(), setup.assembly(), setup.survey().id(), "Public spaces", null, "");
        var lighting =
                coding.addCode(setup.actor(), setup.assembly(), setup.survey().id(), "Lighting", spaces, "light, lamp");
        var cctv =
                coding.addCode(setup.actor(), setup.assembly(), setup.survey().id(), "CCTV", spaces, "camera, cctv");
        var police = coding.addCode(
                setup.actor(), setup.assembly(), setup.survey().id(), "Policing", null, "officer, patrol");
        assertThat(coding.codes(setup.actor(), setup.assembly(), setup.survey().id()))
                .extracting(Code::name, Code::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Public spaces", 0),
                        org.assertj.core.groups.Tuple.tuple("Lighting", 1),
                        org.assertj.core.groups.Tuple.tuple("CCTV", 1),
                        org.assertj.core.groups.Tuple.tuple("Policing", 0));

        // north-1: lighting + cctv; north-2: lighting; south-1: policing + lighting; south-2: nothing
        code(setup, "north-1", lighting, cctv);
        code(setup, "north-2", lighting);
        code(setup, "south-1", police, lighting);
        var area = setup.survey().questions().get(0).id();
        var counts =
                coding.counts(setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), area, "en");
        assertThat(counts.coded()).isEqualTo(3);
        assertThat(counts.columns()).containsExactly("North", "Centre", "South");
        var lines = new HashMap<String, CodeCounts.Line>();
        counts.lines().forEach(l -> lines.put(l.code().name(), l));
        // north-1 has two codes under Public spaces but counts once there
        assertThat(lines.get("Public spaces").count()).isEqualTo(3);
        assertThat(lines.get("Lighting").count()).isEqualTo(3);
        assertThat(lines.get("CCTV").count()).isEqualTo(1);
        assertThat(lines.get("Policing").count()).isEqualTo(1);
        assertThat(lines.get("Lighting").percent()).isCloseTo(100.0, within(1e-9));
        assertThat(lines.get("Policing").percent()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(lines.get("Lighting").byColumn()).containsExactly(2, 0, 1);
        assertThat(lines.get("Policing").byColumn()).containsExactly(0, 0, 1);

        // removing a code with codes under it is refused; a leaf goes, and the answers lose it
        assertThatThrownBy(() -> coding.removeCode(
                        setup.actor(), setup.assembly(), setup.survey().id(), spaces))
                .hasMessageContaining("surveys.code.has-children");
        coding.removeCode(setup.actor(), setup.assembly(), setup.survey().id(), cctv);
        var after =
                coding.counts(setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), null, "en");
        assertThat(after.lines()).extracting(l -> l.code().name()).doesNotContain("CCTV");
        assertThat(after.columns()).isEmpty();
    }

    @Test
    void keywordsSuggestCodesAndSuggestionsCanBeAcceptedForUncodedAnswers() {
        var setup = setup("Suggestions");
        var lighting =
                coding.addCode(setup.actor(), setup.assembly(), setup.survey().id(), "Lighting", null, "light, lamp");
        var police =
                coding.addCode(setup.actor(), setup.assembly(), setup.survey().id(), "Policing", null, "officer");
        code(setup, "south-1", police); // already coded: left alone
        var page = coding.page(setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), "all", null, 1);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.uncoded()).isEqualTo(3);
        var north1 = page.answers().stream()
                .filter(a -> a.response().equals(setup.responses().get("north-1")))
                .findFirst()
                .orElseThrow();
        assertThat(north1.suggested()).containsExactly(lighting); // "Lighting" matches light; "flight" would not
        assertThat(new Code(lighting, null, "Lighting", List.of("light"), 0).suggests("A flight of steps"))
                .isFalse();

        assertThat(coding.acceptSuggestions(
                        setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas()))
                .isEqualTo(2);
        var uncoded =
                coding.page(setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), "uncoded", null, 1);
        assertThat(uncoded.answers()).extracting(CodedAnswer::text).containsExactly("Nothing comes to mind");
        var withPolice =
                coding.page(setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), "code", police, 1);
        assertThat(withPolice.answers())
                .extracting(CodedAnswer::response)
                .containsExactly(setup.responses().get("south-1"));
    }

    @Test
    void quotesLoseContactDetailsAndOnlyTheRightPeopleCode() throws Exception {
        var setup = setup("Quotes");
        var response = setup.responses().get("north-2");
        var draft = coding.quoteDraft(
                setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), response);
        assertThat(draft).isEqualTo("Street lamps on Elm Road, write to […] or call […]");
        coding.pickQuote(
                setup.actor(),
                setup.assembly(),
                setup.survey().id(),
                setup.ideas(),
                response,
                "Street lamps on our road");
        assertThat(coding.quotes(setup.actor(), setup.assembly(), setup.survey().id()))
                .extracting(Quote::text)
                .containsExactly("Street lamps on our road");
        assertThatThrownBy(() -> coding.pickQuote(
                        setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), response, " "))
                .hasMessageContaining("surveys.quote.invalid");

        var facilitator = fixtures.userWithRole("Quotes Facilitator", setup.assembly(), AssemblyRole.FACILITATOR);
        var officer = fixtures.userWithRole("Quotes Officer", setup.assembly(), AssemblyRole.INSTITUTION_OFFICER);
        var code =
                coding.addCode(setup.actor(), setup.assembly(), setup.survey().id(), "Lighting", null, "");
        coding.setCodes(
                facilitator.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), response, Set.of(code));
        assertThatThrownBy(() -> coding.addCode(
                        facilitator.actor(), setup.assembly(), setup.survey().id(), "Mine", null, ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> coding.setCodes(
                        officer.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), response, Set.of()))
                .isInstanceOf(PermissionDeniedException.class);
        // the officer may look at the coding page: the answer's codes as words, with no box to tick or button to press
        String page = mvc.perform(get("/assemblies/" + setup.assembly() + "/surveys/"
                                + setup.survey().id() + "/coding")
                        .param("question", setup.ideas().toString())
                        .with(user(officer.principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<bdi>Lighting</bdi>")
                .contains("No code yet.")
                .doesNotContain("type=\"checkbox\"")
                .doesNotContain("Save the codes")
                .doesNotContain("Use as a quote");
        String coderPage = mvc.perform(get("/assemblies/" + setup.assembly() + "/surveys/"
                                + setup.survey().id() + "/coding")
                        .param("question", setup.ideas().toString())
                        .with(user(facilitator.principal())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(coderPage).contains("type=\"checkbox\"").contains("Save the codes");

        // another survey's code, a question that is not free text, a response that did not answer: not found
        var other = setup("Quotes other");
        var foreign =
                coding.addCode(other.actor(), other.assembly(), other.survey().id(), "Foreign", null, "");
        assertThatThrownBy(() -> coding.setCodes(
                        setup.actor(), setup.assembly(), setup.survey().id(), setup.ideas(), response, Set.of(foreign)))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> coding.setCodes(
                        setup.actor(),
                        setup.assembly(),
                        setup.survey().id(),
                        setup.survey().questions().get(0).id(),
                        response,
                        Set.of()))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> coding.setCodes(
                        setup.actor(),
                        setup.assembly(),
                        setup.survey().id(),
                        setup.ideas(),
                        other.responses().get("north-1"),
                        Set.of()))
                .isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> coding.codes(
                        setup.actor(), other.assembly(), other.survey().id()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private void code(Setup setup, String who, CodeId... codes) {
        coding.setCodes(
                setup.actor(),
                setup.assembly(),
                setup.survey().id(),
                setup.ideas(),
                setup.responses().get(who),
                Set.of(codes));
    }

    /** An engagement survey answered four times: two in the north, two in the south, each with an idea. */
    private Setup setup(String name) {
        var organiser = fixtures.user(name + " Coding Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name + " coding"));
        var actor = organiser.actor();
        var id = surveys.create(actor, assembly, "Residents", SurveyTemplate.ENGAGEMENT, Locale.ENGLISH);
        surveys.open(actor, assembly, id);
        var survey = surveys.survey(actor, assembly, id);
        var ideas = survey.questions().stream()
                .filter(q -> q.key().equals("ideas"))
                .findFirst()
                .orElseThrow()
                .id();
        var responses = new HashMap<String, UUID>();
        var given = Map.of(
                "north-1", List.of("1", "Brighter lights and a camera by the station"),
                "north-2", List.of("1", "Street lamps on Elm Road, write to jo@example.org or call 020 7946 0123"),
                "south-1", List.of("3", "More officers on foot at night, and lights"),
                "south-2", List.of("3", "Nothing comes to mind"));
        for (var entry : given.entrySet()) {
            var values = Map.of(
                    "area",
                    List.of(entry.getValue().get(0)),
                    "safe-day",
                    List.of("3"),
                    "safe-night",
                    List.of("3"),
                    "trust-police",
                    List.of("3"),
                    "ideas",
                    List.of(entry.getValue().get(1)));
            answering.answer(survey.token(), "en", q -> values.getOrDefault(q.key(), List.of()), "203.0.113.9");
            responses.put(
                    entry.getKey(),
                    coding.page(actor, assembly, id, ideas, "all", null, 1).answers().stream()
                            .filter(a -> a.text().equals(entry.getValue().get(1)))
                            .findFirst()
                            .orElseThrow()
                            .response());
        }
        return new Setup(actor, assembly, survey, ideas, responses);
    }
}
