package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.PortalMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Members' surveys answered from the member portal: once per member, in the member's assembly only; an identified
 * survey names the member in the export by their member record, an anonymous one names nobody.
 */
@IntegrationTest
class PortalSurveysIntegrationTests {

    private static final Map<String, List<String>> GIVEN = Map.of(
            "inclusive", List.of("5"),
            "diverse-views", List.of("4"),
            "facilitation", List.of("4"),
            "materials", List.of("3"),
            "speakers", List.of("4"),
            "wellbeing", List.of("5"),
            "change", List.of("More breaks"));

    @Autowired
    Surveys surveys;

    @Autowired
    PortalSurveys portal;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    PortalCards cards;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMemberOnThePortalAnswersEachSurveyOnceAndAnIdentifiedOneNamesThem() throws Exception {
        var organiser = fixtures.user("Portal Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Portal surveys"));
        var member = portalMember(organiser, assembly, "Gwen", "Portal");
        var named = survey(organiser, assembly, "Follow-up", true);
        var anonymous = survey(organiser, assembly, "Weekend 1", false);

        assertThat(portal.open(member)).extracting(MemberSurvey::answered).containsExactly(false, false);
        assertThat(portal.answer(member, named, "en", q -> GIVEN.getOrDefault(q.key(), List.of()))
                        .stored())
                .isTrue();
        portal.answer(member, anonymous, "en", q -> GIVEN.getOrDefault(q.key(), List.of()));

        assertThat(portal.open(member)).extracting(MemberSurvey::answered).containsExactly(true, true);
        assertThatThrownBy(() -> portal.answer(member, named, "en", q -> GIVEN.getOrDefault(q.key(), List.of())))
                .hasMessageContaining("surveys.answer.already");
        assertThat(export(organiser, assembly, named)).contains("Gwen Portal");
        assertThat(export(organiser, assembly, anonymous))
                .doesNotContain("Gwen")
                .doesNotContain("Portal");
        assertThat(analysis.results(organiser.actor(), assembly, anonymous, "en")
                        .responses())
                .isEqualTo(1);
    }

    @Test
    void aMemberSeesOnlyTheirOwnAssemblysOpenedSurveys() {
        var organiser = fixtures.user("Portal Surveys Elsewhere");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Portal surveys A"));
        var other = fixtures.assembly(organiser, Fixtures.unique("Portal surveys B"));
        var member = portalMember(organiser, assembly, "Hal", "Else");
        var elsewhere = survey(organiser, other, "Elsewhere", false);
        var draft = surveys.create(organiser.actor(), assembly, "Draft", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.setAudience(organiser.actor(), assembly, draft, SurveyAudience.MEMBERS, false);

        assertThat(portal.open(member)).isEmpty();
        assertThatThrownBy(() -> portal.survey(member, elsewhere)).isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> portal.answer(member, draft, "en", q -> List.of()))
                .isInstanceOf(SurveyNotFoundException.class);
    }

    private PortalMember portalMember(TestUser organiser, AssemblyId assembly, String first, String last) {
        members.enrol(
                Actor.system(),
                assembly,
                NewMember.byHand(
                        new MemberProfile(first, last, first.toLowerCase() + "@example.org", "", "en", false, "")));
        var card = cards.issue(organiser.actor(), assembly, false).get(0);
        var member = cards.signIn(card.code(), "192.0.2.77").member();
        assertThat(member).isNotNull();
        return member;
    }

    private SurveyId survey(TestUser organiser, AssemblyId assembly, String title, boolean identified) {
        var id = surveys.create(organiser.actor(), assembly, title, SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.setAudience(organiser.actor(), assembly, id, SurveyAudience.MEMBERS, identified);
        surveys.open(organiser.actor(), assembly, id);
        return id;
    }

    private String export(TestUser organiser, AssemblyId assembly, SurveyId id) throws Exception {
        var out = new ByteArrayOutputStream();
        analysis.writeCsv(organiser.actor(), assembly, id, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
