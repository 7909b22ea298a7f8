package org.minipublic.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The personal data page and a respondent's copy and erasure, as an organiser uses them. */
@IntegrationTest
@Import(SelectionFixture.class)
class PrivacyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    org.minipublic.app.selection.Ceremonies ceremonies;

    @Autowired
    Pool pool;

    @Autowired
    Assemblies assemblies;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void theRetentionPageSaysWhenDataGoesAndRefusesAPeriodThatIsNotANumber() throws Exception {
        var open = fixture.assemblyWithPool(8);
        var principal = open.organiser().principal();
        String base = "/assemblies/" + open.assembly() + "/privacy";
        mvc.perform(get(base).with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is deleted before the first draw.")))
                .andExpect(content().string(containsString("value=\"90\"")));

        mvc.perform(post(base + "/retention").with(user(principal)).with(csrf()).param("days", "ninety"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("daysProblem", "privacy.retention.days.number"));
        mvc.perform(post(base + "/retention").with(user(principal)).with(csrf()).param("days", "4000"))
                .andExpect(flash().attribute("daysProblem", "privacy.retention.days.range"));
        mvc.perform(post(base + "/retention").with(user(principal)).with(csrf()).param("days", " 30 "))
                .andExpect(flash().attribute("notice", "privacy.retention.saved"));

        fixture.anyPanel(open, 3);
        var draw = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 3L, List.of()));
        fixture.awaitEnd(open.assembly(), draw);
        mvc.perform(get(base).with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Their personal data is deleted from 21 February 2027.")))
                .andExpect(content().string(containsString("5 people not chosen by any draw would be deleted.")))
                .andExpect(content().string(containsString("This happens automatically on that day")));
        mvc.perform(post(base + "/purge").with(user(principal)).with(csrf()).param("confirm", "true"))
                .andExpect(flash().attribute("purgeProblem", "privacy.purge.not-due"));
        assertThat(pool.members(open.assembly())).hasSize(8);
    }

    @Test
    void withoutAssemblyDaysAShortPeriodIsRefusedWithTheShortestAllowed() throws Exception {
        var open = fixture.assemblyWithPool(2);
        var view = assemblies.find(open.assembly()).orElseThrow();
        var d = view.details();
        assemblies.update(
                Actor.system(),
                open.assembly(),
                new AssemblyDetails(
                        d.title(),
                        d.question(),
                        d.description(),
                        d.commissioners(),
                        d.deliveryPartners(),
                        d.recruitmentPartners(),
                        List.of()),
                view.version());
        var principal = open.organiser().principal();
        String base = "/assemblies/" + open.assembly() + "/privacy";

        mvc.perform(post(base + "/retention").with(user(principal)).with(csrf()).param("days", "30"))
                .andExpect(flash().attribute("daysProblem", "privacy.retention.days.no-calendar"))
                .andExpect(flash().attribute("daysLimit", Retention.WITHOUT_DAYS_AT_LEAST))
                .andExpect(flash().attribute("days", "30"));
        assertThat(messages.getMessage(
                        "privacy.retention.days.no-calendar",
                        new Object[] {Retention.WITHOUT_DAYS_AT_LEAST},
                        java.util.Locale.ENGLISH))
                .contains("Keep the data at least 90 days");
        mvc.perform(post(base + "/retention").with(user(principal)).with(csrf()).param("days", "90"))
                .andExpect(flash().attribute("notice", "privacy.retention.saved"));
    }

    @Test
    void aCopyIsAJsonAttachmentAndErasureAsksForConfirmationFirst() throws Exception {
        var open = fixture.assemblyWithPool(3);
        var principal = open.organiser().principal();
        var someone = pool.members(open.assembly()).get(0).id();
        String base = "/assemblies/" + open.assembly() + "/respondents/" + someone;

        String json = mvc.perform(get(base + "/data.json").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"firstName\"", "\"registrationCode\"", "\"answers\"", "@example.org");

        mvc.perform(get(base + "/erase").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I understand that this cannot be undone")));
        mvc.perform(post(base + "/erase").with(user(principal)).with(csrf()))
                .andExpect(redirectedUrl(base + "/erase"))
                .andExpect(flash().attribute("problem", "privacy.erase.unconfirmed"));
        assertThat(pool.members(open.assembly())).hasSize(3);
        mvc.perform(post(base + "/erase").with(user(principal)).with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl("/assemblies/" + open.assembly() + "/respondents"))
                .andExpect(flash().attribute("notice", "privacy.erase.done"));
        assertThat(pool.members(open.assembly())).hasSize(2);
        mvc.perform(get(base + "/data.json").with(user(principal))).andExpect(status().isNotFound());
    }

    /** The pseudonym a draw ceremony gave a person is theirs to know: their copy of their data holds it. */
    @Test
    void aCopyHoldsThePersonsPseudonymInEachCeremony() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var organiser = open.organiser().actor();
        var id = ceremonies.commit(organiser, open.assembly(), new DrawSettings("leximin", 4L, List.of()));
        fixture.awaitCommitted(open, id);
        var line = ceremonies
                .pseudonyms(organiser, open.assembly(), id)
                .orElseThrow()
                .get(0);
        String base = "/assemblies/" + open.assembly() + "/respondents/" + line.respondent();

        String json = mvc.perform(
                        get(base + "/data.json").with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(json)
                .contains("\"alternates\":[]")
                .contains("\"drawCeremonies\":[{\"ceremony\":1,\"status\":\"COMMITTED\",\"pseudonym\":\""
                        + line.pseudonym() + "\",\"panelNumbersIncludingYou\":\"" + line.panels() + "\"}]");
        assertThat(line.panels())
                .as("someone in a pool of 12 for 4 seats is on some panels")
                .isNotBlank();
    }
}
