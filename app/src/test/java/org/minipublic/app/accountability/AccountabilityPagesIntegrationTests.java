package org.minipublic.app.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages over HTTP: an officer's response form with its errors, the action plan's forms, the public page with its
 * chart and filter, the Atom feed, and hostile text rendered inert everywhere it appears.
 */
@IntegrationTest
class AccountabilityPagesIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Value("${minipublic.base-url}")
    String baseUrl;

    @Test
    void anOfficerRespondsThroughTheFormAndSeesWhatWasWrong() throws Exception {
        var organiser = fixtures.user("Pages Accountability Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Pages accountability"));
        var officer = fixtures.userWithRole("Pages Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        var id = responses.add(organiser.actor(), assembly, "Keep victims informed", "");
        String page = "/assemblies/" + assembly + "/responses/" + id;
        var asOfficer = user(officer.principal());

        mvc.perform(post(page)
                        .with(asOfficer)
                        .with(csrf())
                        .param("reasoning", "We are costing it")
                        .param("respondedOn", "2020-01-01")
                        .param("version", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the response&#39;s status.")))
                .andExpect(content().string(containsString("We are costing it")));
        mvc.perform(post(page)
                        .with(asOfficer)
                        .with(csrf())
                        .param("status", "UNDER_CONSIDERATION")
                        .param("reasoning", "We are costing it")
                        .param("responsibleBody", "Police")
                        .param("respondedOn", "not a date")
                        .param("version", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the response as a date.")));
        mvc.perform(post(page)
                        .with(asOfficer)
                        .with(csrf())
                        .param("status", "UNDER_CONSIDERATION")
                        .param("reasoning", "We are costing it")
                        .param("respondedOn", "2020-01-01")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "accountability.response.saved"));
        mvc.perform(get(page).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Under consideration")));
        // the organiser records the verdict; a score off the scale is refused with its message
        mvc.perform(post(page + "/verdict")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("score", "11"))
                .andExpect(flash().attribute("problem", "accountability.verdict.score-range"));
        mvc.perform(post(page + "/verdict")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("score", "6,5")
                        .param("statement", "Half of it"))
                .andExpect(flash().attribute("notice", "accountability.verdict.saved"));
        assertThat(responses
                        .recommendation(organiser.actor(), assembly, id)
                        .response()
                        .verdictScore())
                .isEqualByComparingTo("6.5");
    }

    @Test
    void theActionPlanIsBuiltThroughItsForms() throws Exception {
        var organiser = fixtures.user("Plan Forms Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Plan forms"));
        var officer = user(fixtures.userWithRole("Plan Forms Officer", assembly, AssemblyRole.INSTITUTION_OFFICER)
                .principal());
        var recommendation = responses.add(organiser.actor(), assembly, "Training", "");
        String base = "/assemblies/" + assembly + "/actions";
        mvc.perform(post(base + "/new")
                        .with(officer)
                        .with(csrf())
                        .param("title", "Train")
                        .param("owner", "Police"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick at least one recommendation the action answers.")));
        var created = mvc.perform(post(base + "/new")
                        .with(officer)
                        .with(csrf())
                        .param("title", "Train")
                        .param("owner", "Police")
                        .param("recommendations", recommendation.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String action = created.substring(created.lastIndexOf('/') + 1);
        mvc.perform(post(base + "/" + action + "/milestones")
                        .with(officer)
                        .with(csrf())
                        .param("title", "Course designed")
                        .param("due", "2031-01-31"))
                .andExpect(flash().attribute("notice", "accountability.milestone.added"));
        mvc.perform(post(base + "/" + action + "/updates")
                        .with(officer)
                        .with(csrf())
                        .param("body", "Workshops held")
                        .param("evidenceUrl", "javascript:alert(1)")
                        .param("status", "ON_TRACK"))
                .andExpect(flash().attribute("problem", "accountability.update.url-invalid"))
                .andExpect(flash().attribute("draftUpdate", "Workshops held"));
        mvc.perform(post(base + "/" + action + "/updates")
                        .with(officer)
                        .with(csrf())
                        .param("body", "Workshops held")
                        .param("status", "ON_TRACK"))
                .andExpect(flash().attribute("notice", "accountability.update.posted"));
        mvc.perform(get(base + "?status=ON_TRACK").with(officer))
                .andExpect(content().string(containsString("Train")))
                .andExpect(content().string(containsString("On track: 1")));
        mvc.perform(get(base + "?status=DONE").with(officer))
                .andExpect(content().string(containsString("No actions yet.")));
    }

    @Test
    void thePublicPageShowsTheRecordWithItsChartAndHostileTextInert() throws Exception {
        var organiser = fixtures.user("Public Accountability Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Public accountability"));
        var actor = organiser.actor();
        String page = "/public/assemblies/" + assembly + "/accountability";
        String feed = "/public/assemblies/" + assembly + "/updates.atom";
        var first = responses.add(actor, assembly, "Publish figures " + SCRIPT, "<img src=x onerror=alert(1)>");
        var second = responses.add(actor, assembly, "Youth outreach", "");
        responses.respond(
                actor,
                assembly,
                first,
                new ResponseText(ResponseStatus.ACCEPTED, "Yes " + SCRIPT, "Police", "", responses.today()),
                -1);
        var done = plan.add(actor, assembly, new ActionText("Figures online", "", "Police", "", List.of(first)));
        var late = plan.add(actor, assembly, new ActionText("Outreach officers", "", "Police", "", List.of(second)));
        plan.postUpdate(actor, assembly, done, "Published \u0001 " + SCRIPT, "", ActionStatus.DONE);
        plan.postUpdate(actor, assembly, late, "Recruitment slipped", "", ActionStatus.DELAYED);

        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(get(feed)).andExpect(status().isNotFound());
        responses.publish(actor, assembly, true);

        String html = mvc.perform(get(page + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Action plan progress: 1 of 2 actions done")))
                .andExpect(content().string(containsString("Done: 1")))
                .andExpect(content().string(containsString("Delayed: 1")))
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(containsString("Awaited")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x").contains("&lt;script&gt;");
        // the bar: one segment per status with actions, each half the width
        assertThat(html).contains("class=\"progress-DONE\"").contains("class=\"progress-DELAYED\"");
        assertThat(html).containsPattern("x=\"0\\.0\" width=\"50\\.0\" class=\"progress-DELAYED\"|width=\"50\\.0\"");
        // the page's parts are kept between requests, and made again when the record changes
        plan.postUpdate(actor, assembly, late, "Two officers appointed", "", ActionStatus.ON_TRACK);
        mvc.perform(get(page + "?lang=en"))
                .andExpect(content().string(containsString("Two officers appointed")))
                .andExpect(content().string(containsString("On track: 1")));
        mvc.perform(get(page + "?lang=pl")).andExpect(content().string(containsString("Zgodnie z planem")));
        plan.postUpdate(actor, assembly, late, "Recruitment slipped again", "", ActionStatus.DELAYED);
        mvc.perform(get(page + "?status=DELAYED&lang=en"))
                .andExpect(content().string(containsString("id=\"action-" + late + "\"")))
                .andExpect(content().string(not(containsString("id=\"action-" + done + "\""))));

        byte[] atom = mvc.perform(get(feed + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
        var entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(4);
        assertThat(new String(atom, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Figures online – Done")
                .contains("Outreach officers – Delayed")
                .contains("href=\"" + baseUrl + page)
                .contains("&lt;script&gt;")
                .doesNotContain("\u0001");
    }

    @Test
    void theRecordIsOpenDataAsJsonAndCsvOnceItIsPublished() throws Exception {
        var organiser = fixtures.user("Open Data Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Open data"));
        var actor = organiser.actor();
        var answered = responses.add(actor, assembly, "Publish figures", "Every quarter, by ward.");
        var waiting = responses.add(actor, assembly, "=HYPERLINK(\"http://x\")", "");
        responses.respond(
                actor,
                assembly,
                answered,
                new ResponseText(ResponseStatus.ACCEPTED_IN_PART, "Yearly at first", "Police", "", responses.today()),
                -1);
        responses.recordVerdict(actor, assembly, answered, new java.math.BigDecimal("4.5"), "Too slow");
        responses.setResponseDue(actor, assembly, responses.today().minusDays(1));
        var action = plan.add(actor, assembly, new ActionText("Figures online", "", "Police", "", List.of(answered)));
        plan.addMilestone(actor, assembly, action, "First figures", java.time.LocalDate.of(2031, 1, 31));
        String api = "/api/v1/assemblies/" + assembly;
        for (String part : List.of("/recommendations", "/responses", "/actions")) {
            mvc.perform(get(api + part)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/assemblies/" + assembly + "/recommendations.csv"))
                .andExpect(status().isNotFound());
        responses.publish(actor, assembly, true);

        mvc.perform(get(api + "/recommendations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(answered.toString()))
                .andExpect(jsonPath("$[0].position").value(1))
                .andExpect(jsonPath("$[0].vote").doesNotExist())
                .andExpect(jsonPath("$[0].response.status").value("accepted_in_part"))
                .andExpect(jsonPath("$[0].response.membersVerdict.score").value(4.5))
                .andExpect(jsonPath("$[0].responseOverdue").value(false))
                .andExpect(jsonPath("$[0].actions[0]").value(action.toString()))
                .andExpect(jsonPath("$[1].id").value(waiting.toString()))
                .andExpect(jsonPath("$[1].response").doesNotExist())
                .andExpect(jsonPath("$[1].responseOverdue").value(true));
        mvc.perform(get(api + "/responses"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recommendationId").value(answered.toString()));
        mvc.perform(get(api + "/actions"))
                .andExpect(jsonPath("$[0].status").value("not_started"))
                .andExpect(jsonPath("$[0].milestones[0].dueOn").value("2031-01-31"))
                .andExpect(jsonPath("$[0].recommendations[0]").value(answered.toString()));

        String csv = mvc.perform(get("/public/assemblies/" + assembly + "/recommendations.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .hasSize(3)
                .element(1)
                .asString()
                .startsWith(
                        "1,Publish figures,\"Every quarter, by ward.\",,,,,accepted_in_part,Yearly at first,Police,");
        // a cell a spreadsheet would run as a formula is made plain text
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        mvc.perform(get("/public/assemblies/" + assembly + "/actions.csv"))
                .andExpect(content().string(containsString("Figures online,Police,,not_started,1,1,0,2031-01-31,")));
    }

    /** Two officers at once: the second is shown the first's response and keeps what they typed, to save again. */
    @Test
    void aConflictKeepsWhatWasTypedAndALimitTravelsWithItsMessage() throws Exception {
        var organiser = fixtures.user("Conflict Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Conflict"));
        var id = responses.add(organiser.actor(), assembly, "Foot patrols", "");
        responses.respond(
                organiser.actor(),
                assembly,
                id,
                new ResponseText(ResponseStatus.NOT_ACCEPTED, "First officer's text", "", "", responses.today()),
                -1);
        var me = user(organiser.principal());
        String page = "/assemblies/" + assembly + "/responses/" + id;
        mvc.perform(post(page)
                        .with(me)
                        .with(csrf())
                        .param("status", "ACCEPTED")
                        .param("reasoning", "Second officer's text")
                        .param("respondedOn", "2020-01-01")
                        .param("version", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("their version is shown above")))
                .andExpect(content().string(containsString("First officer&#39;s text")))
                .andExpect(content().string(containsString(">Second officer&#39;s text</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        // a message with a limit is flashed with it (the journey test sees it filled in after the redirect)
        mvc.perform(post("/assemblies/" + assembly + "/responses/new")
                        .with(me)
                        .with(csrf())
                        .param("title", "x".repeat(201)))
                .andExpect(flash().attribute("problem", "accountability.recommendation.title-length"))
                .andExpect(flash().attribute("problemArgs", new Object[] {200}))
                .andExpect(flash().attribute("draftTitle", "x".repeat(201)));
        // a recommendation with a response stays
        mvc.perform(post(page + "/remove").with(me).with(csrf()))
                .andExpect(flash().attribute("problem", "accountability.recommendation.in-use"));
    }
}
