package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The recruitment pages as an organiser uses them: upload, check, import, draw a round, see its invitations. */
@IntegrationTest
class RecruitmentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    AddressList addresses;

    @Test
    void anOrganiserUploadsChecksImportsAndDrawsARound() throws Exception {
        var organiser = fixtures.user("Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Recruitment pages"));
        String base = "/assemblies/" + assembly;
        var file = new MockMultipartFile("file", "addresses.csv", "text/csv", AddressCsv.of(60, 2));

        String checkPage = mvc.perform(multipart(base + "/addresses/uploads")
                        .file(file)
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(checkPage).startsWith(base + "/addresses/uploads/");
        var page = Html.page(mvc, get(checkPage).with(user(organiser.principal())));
        assertThat(page.select("form[action$=/import] button").text()).isEqualTo("Add 60 addresses");
        assertThat(page.select("form[action$=/import]").hasAttr("data-once"))
                .as("the button is disabled once pressed")
                .isTrue();
        assertThat(page.select("script[src$=submit-once.js]")).hasSize(1);
        mvc.perform(post(checkPage + "/import")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("imported", 60));
        mvc.perform(get(base + "/addresses").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Area B")));

        mvc.perform(post(base + "/invitations")
                        .param("letters", "20")
                        .param("byArea", "true")
                        .param("boosts[0].area", "Area A")
                        .param("boosts[0].weight", "1,5")
                        .param("seed", "12345")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var round = rounds.rounds(assembly).get(0);
        assertThat(round.seed()).isEqualTo(12345L);
        assertThat(round.settings()).contains("Area A=1.5");
        mvc.perform(get(base + "/invitations/" + round.id()).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12345")));
    }

    @Test
    void aBadRoundFormIsShownAgainWithTheProblemNextToItsField() throws Exception {
        var organiser = fixtures.user("Form Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Round form"));
        var check = addresses.upload(organiser.actor(), assembly, "few.csv", AddressCsv.of(10, 1));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        mvc.perform(post("/assemblies/" + assembly + "/invitations")
                        .param("letters", "5")
                        .param("byArea", "true")
                        .param("boosts[0].area", "Anywhere")
                        .param("boosts[0].weight", "lots")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter each weight as a number from 0 to 10")));
        rounds.draw(organiser.actor(), assembly, new RoundSettings(10, false, java.util.Map.of()), 1L);
        mvc.perform(post("/assemblies/" + assembly + "/invitations")
                        .param("letters", "5")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Every household on the address list has been invited")));
    }

    @Test
    void aFacilitatorCannotSeeTheAddressListOrDrawRounds() throws Exception {
        var organiser = fixtures.user("Owner Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Forbidden recruitment"));
        var facilitator = fixtures.userWithRole("Curious Facilitator", assembly, AssemblyRole.FACILITATOR);
        mvc.perform(get("/assemblies/" + assembly + "/addresses").with(user(facilitator.principal())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assemblies/" + assembly + "/invitations")
                        .param("letters", "1")
                        .with(user(facilitator.principal()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
