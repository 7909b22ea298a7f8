package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the team pages disclose: an organiser learns nothing about users outside their team (not their names, not
 * whether an address has an account) and cannot put anyone in the team; the invited user decides.
 */
@IntegrationTest
class TeamPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Identity identity;

    @Test
    void theRemovePageOfAUserOutsideTheTeamIsNotFound() throws Exception {
        var organiser = fixtures.user("Prying Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Prying"));
        var outsider = fixtures.admin("Secret Name Admin");
        var member = fixtures.userWithRole("Known Member", assembly, AssemblyRole.MEMBER);
        String base = "/assemblies/" + assembly + "/team/";

        mvc.perform(get(base + outsider.id() + "/remove").with(user(organiser.principal())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Secret Name Admin"))));
        mvc.perform(get(base + UUID.randomUUID() + "/remove").with(user(organiser.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + member.id() + "/remove").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Known Member")));
    }

    @Test
    void invitingAnswersTheSameForExistingAndNewAddressesAndAddsNobody() throws Exception {
        var organiser = fixtures.user("Even Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Even answers"));
        var admin = fixtures.admin("Invited Admin");
        String invitations = "/assemblies/" + assembly + "/team/invitations";

        for (String email : new String[] {admin.email(), "nobody." + System.nanoTime() + "@test.minipublic.org"}) {
            mvc.perform(post(invitations)
                            .param("email", email)
                            .param("role", "ORGANISER")
                            .param("language", "en")
                            .with(user(organiser.principal()))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/assemblies/" + assembly + "/team"))
                    .andExpect(flash().attribute("notice", "team.notice.invited"));
        }
        assertThat(identity.roleIn(admin.id(), assembly)).isEmpty();
    }

    @Test
    void theInvitedUserAcceptsFromTheirHomePage() throws Exception {
        var organiser = fixtures.user("Welcoming Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Welcoming"));
        var invitee = fixtures.user("Home Page Invitee");
        var stranger = fixtures.user("Stranger");
        mvc.perform(post("/assemblies/" + assembly + "/team/invitations")
                .param("email", invitee.email())
                .param("role", "FACILITATOR")
                .with(user(organiser.principal()))
                .with(csrf()));

        String page = mvc.perform(get("/assemblies").with(user(invitee.principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var accept =
                Pattern.compile("/account/invitations/([0-9a-f-]{36})/accept").matcher(page);
        assertThat(accept.find()).as("the home page offers the invitation").isTrue();
        String url = accept.group();

        mvc.perform(post(url).with(user(stranger.principal())).with(csrf())).andExpect(status().isNotFound());
        assertThat(identity.roleIn(stranger.id(), assembly)).isEmpty();
        mvc.perform(post(url).with(user(invitee.principal())).with(csrf())).andExpect(redirectedUrl("/assemblies"));
        assertThat(identity.roleIn(invitee.id(), assembly)).contains(AssemblyRole.FACILITATOR);
    }
}
