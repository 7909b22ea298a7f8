package org.minipublic.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The member portal's code page, and the organisers' page that prints sign-in cards. */
@IntegrationTest
class PortalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PortalCards cards;

    @Autowired
    Members members;

    @Autowired
    Fixtures fixtures;

    @Test
    void aWrongCodeIsExplainedAndTheFormKeepsIt() throws Exception {
        mvc.perform(post("/portal").param("code", "ABCD-EFGH-JKLM").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("not quite right"), containsString("value=\"ABCD-EFGH-JKLM\""))));
        mvc.perform(get("/portal/home")).andExpect(redirectedUrl("/portal"));
        mvc.perform(get("/portal")).andExpect(content().string(not(containsString("You have signed out"))));
    }

    @Test
    void organisersPrintCardsAndAreAskedToConfirmReplacingEveryone() throws Exception {
        var organiser = fixtures.user("Cards Page Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Cards page"));
        var id = members.enrol(
                Actor.system(),
                assembly,
                NewMember.byHand(new MemberProfile("Fay", "Lo", "fay@example.org", "", "en", false, "")));
        String base = "/assemblies/" + assembly + "/members";

        mvc.perform(get(base + "/cards").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 of 1 active members have a card")))
                .andExpect(content().string(containsString("an address only this computer can open")));
        mvc.perform(post(base + "/cards").with(user(organiser.principal())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(post(base + "/cards").with(user(organiser.principal())).with(csrf()))
                .andExpect(redirectedUrl(base + "/cards"));
        mvc.perform(post(base + "/cards")
                        .param("everyone", "true")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base + "/cards?unconfirmed"));
        assertThat(cards.count(organiser.actor(), assembly).withCard()).isEqualTo(1);
        mvc.perform(post(base + "/" + id + "/card")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(header().string("Content-Type", "application/pdf"));
    }
}
