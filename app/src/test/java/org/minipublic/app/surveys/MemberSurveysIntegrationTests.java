package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Members' surveys: answered from the member page, once per member, by members only; anonymous ones keep who
 * answered apart from what they said, identified ones name the member in the export.
 */
@IntegrationTest
class MemberSurveysIntegrationTests {

    private static final Map<String, List<String>> GIVEN = Map.of(
            "inclusive",
            List.of("4"),
            "diverse-views",
            List.of("4"),
            "facilitation",
            List.of("4"),
            "materials",
            List.of("4"),
            "speakers",
            List.of("4"),
            "wellbeing",
            List.of("4"),
            "change",
            List.of("Longer lunch"));

    @Autowired
    Surveys surveys;

    @Autowired
    Answering answering;

    @Autowired
    SurveyAnalysis analysis;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void eachMemberAnswersOnceAndOnlyMembersAnswer() throws Exception {
        var organiser = fixtures.user("Members Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Members surveys"));
        var member = fixtures.userWithRole("Members Surveys Member", assembly, AssemblyRole.MEMBER);
        var facilitator = fixtures.userWithRole("Members Surveys Facilitator", assembly, AssemblyRole.FACILITATOR);
        var id = surveys.create(organiser.actor(), assembly, "Weekend 1", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.setAudience(organiser.actor(), assembly, id, SurveyAudience.MEMBERS, false);
        surveys.open(organiser.actor(), assembly, id);
        var survey = surveys.survey(organiser.actor(), assembly, id);

        assertThat(answering.forMember(member.actor(), assembly))
                .extracting(MemberSurvey::title, MemberSurvey::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Weekend 1", false));
        mvc.perform(get("/assemblies/" + assembly + "/member/surveys").with(user(member.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekend 1")));
        var form = post("/assemblies/" + assembly + "/member/surveys/" + id)
                .with(csrf())
                .with(user(member.principal()));
        for (var entry : GIVEN.entrySet()) {
            form = form.param("q-" + entry.getKey(), entry.getValue().get(0));
        }
        mvc.perform(form).andExpect(redirectedUrl("/assemblies/" + assembly + "/member/surveys"));
        assertThat(answering.forMember(member.actor(), assembly).get(0).answered())
                .isTrue();
        assertThatThrownBy(() -> answering.answerAsMember(
                        member.actor(), assembly, id, "en", q -> GIVEN.getOrDefault(q.key(), List.of())))
                .hasMessageContaining("surveys.answer.already");
        assertThatThrownBy(() -> answering.answerAsMember(
                        facilitator.actor(), assembly, id, "en", q -> GIVEN.getOrDefault(q.key(), List.of())))
                .hasMessageContaining("surveys.answer.members-only");
        assertThatThrownBy(() -> answering.answer(
                        survey.token(), "en", q -> GIVEN.getOrDefault(q.key(), List.of()), "192.0.2.150"))
                .hasMessageContaining("surveys.answer.members-only");
        mvc.perform(get("/public/surveys/" + survey.token()))
                .andExpect(content().string(containsString("This survey is for the assembly&#39;s members")));

        // anonymous: the export names nobody
        var out = new ByteArrayOutputStream();
        analysis.writeCsv(organiser.actor(), assembly, id, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .doesNotContain("member,")
                .doesNotContain("Members Surveys Member");
        assertThat(analysis.results(organiser.actor(), assembly, id, "en").responses())
                .isEqualTo(1);
    }

    @Test
    void anIdentifiedSurveyNamesTheMemberInTheExport() throws Exception {
        var organiser = fixtures.user("Identified Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Identified surveys"));
        var member = fixtures.userWithRole("Identified Surveys Member", assembly, AssemblyRole.MEMBER);
        var id = surveys.create(organiser.actor(), assembly, "Follow-up", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.setAudience(organiser.actor(), assembly, id, SurveyAudience.MEMBERS, true);
        surveys.open(organiser.actor(), assembly, id);
        assertThatThrownBy(() -> surveys.setAudience(organiser.actor(), assembly, id, SurveyAudience.MEMBERS, false))
                .hasMessageContaining("surveys.not-a-draft");
        answering.answerAsMember(member.actor(), assembly, id, "en", q -> GIVEN.getOrDefault(q.key(), List.of()));
        var out = new ByteArrayOutputStream();
        analysis.writeCsv(organiser.actor(), assembly, id, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("response,submitted,channel,language,member,inclusive")
                .contains("Identified Surveys Member");
    }
}
