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
 * Progress reports: due by the assembly's schedule from the response deadline, drafted from the actions' updates,
 * the introduction edited without overwriting someone else's, published (every version kept) and shown to residents
 * only once both the report and the plan are published.
 */
@IntegrationTest
class ProgressReportsIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    ProgressReports reports;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void reportsFallDueByTheScheduleAndADraftIsEditedThenPublishedWithEveryVersionKept() {
        var organiser = fixtures.user("Reports Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Reports"));
        var actor = organiser.actor();
        var facilitator = fixtures.userWithRole("Reports Facilitator", assembly, AssemblyRole.FACILITATOR)
                .actor();
        var today = responses.today();
        assertThat(reports.overview(actor, assembly).anchor())
                .as("nothing to count from")
                .isNull();
        responses.setResponseDue(actor, assembly, today.minusMonths(10));

        var overview = reports.overview(actor, assembly);
        assertThat(overview.schedule()).isEqualTo(ReportSchedule.DEFAULT);
        assertThat(overview.due()).extracting(d -> d.period().number()).containsExactly(2, 1);
        reports.changeSchedule(actor, assembly, new ReportSchedule(3, 3));
        assertThat(reports.overview(actor, assembly).due())
                .extracting(d -> d.period().number())
                .containsExactly(3, 2, 1);
        assertThatThrownBy(() -> reports.changeSchedule(actor, assembly, new ReportSchedule(0, 6)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstMonths"));
        assertThatThrownBy(() -> reports.prepare(actor, assembly, 4))
                .isInstanceOf(RecommendationNotFoundException.class);
        assertThatThrownBy(() -> reports.prepare(facilitator, assembly, 1))
                .isInstanceOf(PermissionDeniedException.class);

        var first = reports.prepare(actor, assembly, 1);
        int version = reports.report(actor, assembly, first).report().version();
        reports.changeIntro(actor, assembly, first, "A slow start", version);
        assertThatThrownBy(() -> reports.changeIntro(actor, assembly, first, "Mine", version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("accountability.report.changed-meanwhile"));
        reports.publish(actor, assembly, first);
        assertThatThrownBy(() -> reports.changeIntro(actor, assembly, first, "Later", version + 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("accountability.report.already-published"));
        // a new draft of the same period starts from the latest introduction; the published version stays
        var second = reports.prepare(actor, assembly, 1);
        assertThat(reports.report(actor, assembly, second).report().intro()).isEqualTo("A slow start");
        var period = reports.overview(actor, assembly).due().stream()
                .filter(d -> d.period().number() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(period.versions()).extracting(ProgressReport::id).containsExactly(first, second);
        assertThat(period.versions()).extracting(ProgressReport::published).containsExactly(true, false);

        assertThat(reports.published(assembly)).as("the plan is not published").isEmpty();
        responses.add(actor, assembly, "Publish figures", "");
        responses.publish(actor, assembly, true);
        assertThat(reports.published(assembly)).extracting(ProgressReport::id).containsExactly(first);
        assertThat(jdbc.sql("select action from audit.entries where subject = :s order by id")
                        .param("s", "Progress report " + first)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "accountability.report-drafted",
                        "accountability.report-changed",
                        "accountability.report-published");
    }

    @Test
    void theDraftShowsEachActionsProgressAndThePublicPageShowsItOncePublishedInUrduToo() throws Exception {
        var organiser = fixtures.user("Report Pages Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Report pages"));
        var actor = organiser.actor();
        var officer = user(fixtures.userWithRole("Report Pages Officer", assembly, AssemblyRole.INSTITUTION_OFFICER)
                .principal());
        var recommendation = responses.add(actor, assembly, "Publish figures", "");
        var action = plan.add(
                actor, assembly, new ActionText("Figures online " + SCRIPT, "", "Police", "", List.of(recommendation)));
        plan.postUpdate(
                actor, assembly, action, "First figures out", "https://example.org/figures", ActionStatus.ON_TRACK);
        // published first, without a response deadline: reports count from today, so the first covers up to today
        responses.publish(actor, assembly, true);
        reports.changeSchedule(actor, assembly, new ReportSchedule(1, 1));
        jdbc.sql(
                        "update accountability.settings set published_on = published_on - interval '1 month' where assembly_id = :a")
                .param("a", assembly.value())
                .update();
        // the action was added 40 days ago and updated 10 days ago, inside the month the first report covers
        jdbc.sql("update accountability.actions set created_at = created_at - interval '40 days' where id = :id")
                .param("id", action.value())
                .update();
        jdbc.sql("update accountability.updates set posted_at = posted_at - interval '10 days' where action_id = :id")
                .param("id", action.value())
                .update();
        String base = "/assemblies/" + assembly + "/progress-reports";

        mvc.perform(get(base + "?lang=ur").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("پیش رفت کی رپورٹیں")))
                .andExpect(content().string(containsString("رپورٹ 1:")));
        String created = mvc.perform(
                        post(base + "/prepare").with(officer).with(csrf()).param("period", "1"))
                .andExpect(flash().attribute("notice", "accountability.report.prepared"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String report = created.substring(created.lastIndexOf('/') + 1);
        mvc.perform(post(base + "/" + report)
                        .with(officer)
                        .with(csrf())
                        .param("intro", "Good start " + SCRIPT)
                        .param("version", "0"))
                .andExpect(flash().attribute("notice", "accountability.report.saved"));
        mvc.perform(get(base + "/" + report + "?lang=ur").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("مدت کے اختتام پر صورت حال:")))
                .andExpect(content().string(containsString("First figures out")))
                .andExpect(content().string(containsString("https://example.org/figures")))
                .andExpect(content().string(not(containsString(SCRIPT))));
        String page = "/public/assemblies/" + assembly + "/progress-reports/" + report;
        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + report + "/publish").with(officer).with(csrf()))
                .andExpect(flash().attribute("notice", "accountability.report.published"));

        mvc.perform(get(page + "?lang=ur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("پیش رفت کی رپورٹ")))
                .andExpect(content().string(containsString("Good start &lt;script&gt;")))
                .andExpect(content().string(containsString("First figures out")))
                .andExpect(content().string(containsString("accountability#action-" + action)));
        mvc.perform(get("/public/assemblies/" + assembly + "/accountability?lang=en"))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get("/public/assemblies/" + assembly + "/updates.atom?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("urn:uuid:" + report)))
                .andExpect(content().string(containsString("Progress report: ")))
                .andExpect(content().string(containsString(page + "\"")));
        responses.publish(actor, assembly, false);
        mvc.perform(get(page)).andExpect(status().isNotFound());
    }
}
