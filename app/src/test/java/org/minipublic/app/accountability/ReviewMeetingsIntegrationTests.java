package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Review meetings: recorded with their minutes and decisions by whoever may change the action plan, each decision
 * about actions and recommendations of the same assembly, changed without overwriting someone else's change,
 * deleted, audited; listed on the action's page and, once the plan is published, on the public page.
 */
@IntegrationTest
class ReviewMeetingsIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    ReviewMeetings meetings;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    PublicAccountability published;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void anOfficerRecordsAMeetingWithDecisionsAboutTheActionsAndEveryStepIsAudited() {
        var organiser = fixtures.user("Meetings Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Meetings"));
        var officer = fixtures.userWithRole("Meetings Officer", assembly, AssemblyRole.INSTITUTION_OFFICER)
                .actor();
        var recommendation = responses.add(organiser.actor(), assembly, "Publish figures", "");
        var action = plan.add(
                officer, assembly, new ActionText("Figures online", "", "Police", "", List.of(recommendation)));
        var other = plan.add(officer, assembly, new ActionText("Outreach", "", "Police", "", List.of(recommendation)));
        var today = responses.today();

        var id = meetings.add(
                officer,
                assembly,
                new MeetingText(today.minusDays(3), " Quarterly review ", "Police, council", "Figures were late."));
        meetings.addDecision(officer, assembly, id, "Publish by the end of the month", List.of(action), List.of());
        meetings.addDecision(officer, assembly, id, "Keep the partnership public", List.of(), List.of(recommendation));

        var meeting = meetings.meeting(officer, assembly, id);
        assertThat(meeting.title()).isEqualTo("Quarterly review");
        assertThat(meeting.heldOn()).isEqualTo(today.minusDays(3));
        assertThat(meeting.decisions())
                .extracting(Decision::body)
                .containsExactly("Publish by the end of the month", "Keep the partnership public");
        var all = meetings.all(officer, assembly);
        assertThat(ReviewMeeting.about(all, action))
                .extracting(t -> t.decision().body())
                .containsExactly("Publish by the end of the month");
        assertThat(ReviewMeeting.about(all, other)).isEmpty();
        assertThat(ReviewMeeting.about(all, recommendation))
                .extracting(t -> t.decision().body())
                .containsExactly("Keep the partnership public");

        var removed = meeting.decisions().get(1).id();
        meetings.removeDecision(officer, assembly, id, removed);
        assertThat(meetings.meeting(officer, assembly, id).decisions()).hasSize(1);
        meetings.delete(officer, assembly, id);
        assertThat(meetings.all(officer, assembly)).isEmpty();
        assertThat(jdbc.sql("select count(*) from accountability.decisions where meeting_id = :m")
                        .param("m", id.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select action from audit.entries where subject = :s order by occurred_at, action")
                        .param("s", "Meeting " + id)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "accountability.meeting-added",
                        "accountability.decision-added",
                        "accountability.decision-added",
                        "accountability.decision-removed",
                        "accountability.meeting-deleted");
    }

    @Test
    void aMeetingIsRefusedWithTheFieldNamedAndTheTeamMayOnlyRead() {
        var organiser = fixtures.user("Meetings Rules Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Meeting rules"));
        var facilitator = fixtures.userWithRole("Meetings Facilitator", assembly, AssemblyRole.FACILITATOR)
                .actor();
        var actor = organiser.actor();
        var today = responses.today();

        assertThatThrownBy(() -> meetings.add(actor, assembly, new MeetingText(null, "Review", "", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> meetings.add(actor, assembly, new MeetingText(today.plusDays(1), "Review", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("accountability.meeting.date-future"));
        assertThatThrownBy(() -> meetings.add(actor, assembly, new MeetingText(today, "  ", "", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> meetings.add(actor, assembly, new MeetingText(today, "Review", "", "x".repeat(20001))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> meetings.add(facilitator, assembly, new MeetingText(today, "Review", "", "")))
                .isInstanceOf(PermissionDeniedException.class);

        var id = meetings.add(actor, assembly, new MeetingText(today, "Review", "", ""));
        assertThat(meetings.all(facilitator, assembly)).hasSize(1);
        assertThatThrownBy(() -> meetings.addDecision(actor, assembly, id, " ", List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("accountability.decision.length"));
        // an action of another assembly cannot be linked
        var elsewhere = fixtures.assembly(organiser, Fixtures.unique("Meeting rules elsewhere"));
        var foreignRecommendation = responses.add(actor, elsewhere, "Elsewhere", "");
        var foreign =
                plan.add(actor, elsewhere, new ActionText("Foreign", "", "Police", "", List.of(foreignRecommendation)));
        assertThatThrownBy(() -> meetings.addDecision(actor, assembly, id, "Decided", List.of(foreign), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("accountability.decision.unknown-link"));
        assertThatThrownBy(() ->
                        meetings.addDecision(actor, assembly, id, "Decided", List.of(), List.of(foreignRecommendation)))
                .isInstanceOf(InvalidInputException.class);
        // the meeting is not reachable through the other assembly
        assertThatThrownBy(() -> meetings.meeting(actor, elsewhere, id))
                .isInstanceOf(RecommendationNotFoundException.class);
    }

    @Test
    void twoPeopleChangingTheSameMeetingDoNotOverwriteEachOther() {
        var organiser = fixtures.user("Meetings Version Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Meeting versions"));
        var actor = organiser.actor();
        var today = responses.today();
        var id = meetings.add(actor, assembly, new MeetingText(today, "Review", "", ""));
        int version = meetings.meeting(actor, assembly, id).version();

        meetings.change(actor, assembly, id, new MeetingText(today, "Review", "", "First minutes"), version);
        assertThatThrownBy(() ->
                        meetings.change(actor, assembly, id, new MeetingText(today, "Review", "", "Second"), version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("accountability.meeting.changed-meanwhile"));
        assertThat(meetings.meeting(actor, assembly, id).minutes()).isEqualTo("First minutes");
    }

    @Test
    void theFormsRecordAMeetingAndItsDecisionsAndThePagesShowThemInUrdu() throws Exception {
        var organiser = fixtures.user("Meetings Pages Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Meeting pages"));
        var officer = user(fixtures.userWithRole("Meetings Pages Officer", assembly, AssemblyRole.INSTITUTION_OFFICER)
                .principal());
        var recommendation = responses.add(organiser.actor(), assembly, "Publish figures", "");
        var action = plan.add(
                organiser.actor(),
                assembly,
                new ActionText("Figures online", "", "Police", "", List.of(recommendation)));
        String base = "/assemblies/" + assembly + "/meetings";

        mvc.perform(post(base + "/new")
                        .with(officer)
                        .with(csrf())
                        .param("heldOn", "not a date")
                        .param("title", "Quarterly review " + SCRIPT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the meeting as a date.")))
                .andExpect(content().string(containsString("Quarterly review &lt;script&gt;")));
        String created = mvc.perform(post(base + "/new")
                        .with(officer)
                        .with(csrf())
                        .param("heldOn", responses.today().toString())
                        .param("title", "Quarterly review " + SCRIPT)
                        .param("attendees", "Police, council")
                        .param("minutes", "Figures were late."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "accountability.meeting.added"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String meeting = created.substring(created.lastIndexOf('/') + 1);
        mvc.perform(post(base + "/" + meeting + "/decisions")
                        .with(officer)
                        .with(csrf())
                        .param("decision", "Publish by the end of the month")
                        .param("actions", "not-an-id"))
                .andExpect(flash().attribute("problem", "accountability.decision.unknown-link"));
        mvc.perform(post(base + "/" + meeting + "/decisions")
                        .with(officer)
                        .with(csrf())
                        .param("decision", "Publish by the end of the month")
                        .param("actions", action.toString()))
                .andExpect(flash().attribute("notice", "accountability.decision.added"));

        String page = mvc.perform(get(base + "/" + meeting + "?lang=ur").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("روداد")))
                .andExpect(content().string(containsString("Publish by the end of the month")))
                .andExpect(content().string(containsString("/actions/" + action)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(SCRIPT);
        mvc.perform(get(base + "?lang=ur").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("جائزہ اجلاس")))
                .andExpect(content().string(containsString("1 فیصلہ")));
        mvc.perform(get(base + "/new?lang=ur").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("عوامی ریکارڈ")));
        mvc.perform(get("/assemblies/" + assembly + "/actions/" + action + "?lang=ur")
                        .with(officer))
                .andExpect(content().string(containsString("جائزہ اجلاسوں کے فیصلے")))
                .andExpect(content().string(containsString("Publish by the end of the month")));
    }

    @Test
    void thePublicPageShowsTheMinutesAndDecisionsOnlyOnceThePlanIsPublished() throws Exception {
        var organiser = fixtures.user("Meetings Public Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Meetings public"));
        var actor = organiser.actor();
        var recommendation = responses.add(actor, assembly, "Publish figures", "");
        var action =
                plan.add(actor, assembly, new ActionText("Figures online", "", "Police", "", List.of(recommendation)));
        var id = meetings.add(
                actor,
                assembly,
                new MeetingText(responses.today(), "Partnership review", "Police", "Minutes " + SCRIPT));
        meetings.addDecision(actor, assembly, id, "Figures monthly", List.of(action), List.of(recommendation));
        String page = "/public/assemblies/" + assembly + "/accountability";

        assertThat(published.published(assembly)).isEmpty();
        mvc.perform(get(page)).andExpect(status().isNotFound());
        responses.publish(actor, assembly, true);

        String html = mvc.perform(get(page + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meeting-" + id + "\"")))
                .andExpect(content().string(containsString("Partnership review")))
                .andExpect(content().string(containsString("Figures monthly")))
                .andExpect(content().string(containsString("href=\"#action-" + action + "\"")))
                .andExpect(content().string(containsString("href=\"#meeting-" + id + "\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain(SCRIPT).contains("Minutes &lt;script&gt;");
        // a deleted meeting leaves the public page at once, though its parts are kept between requests
        meetings.delete(actor, assembly, id);
        mvc.perform(get(page + "?lang=en")).andExpect(content().string(not(containsString("Partnership review"))));
    }
}
