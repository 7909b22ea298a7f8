package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new installation has no administrator and no default password: a one-time link creates the first one. This
 * context's database is its own, so it starts with no administrator.
 */
@SpringBootTest(properties = "minipublic.first-run-test=true")
@AutoConfigureMockMvc
class FirstRunSetupIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void aOneTimeLinkCreatesTheFirstAdministratorAndThenStopsWorking() throws Exception {
        assertThat(accounts.setupRequired()).isTrue();
        String token = accounts.issueSetupToken();
        String newer = accounts.issueSetupToken();
        mvc.perform(get("/setup/" + token)).andExpect(view().name("identity/setup-unavailable"));

        mvc.perform(post("/setup/" + newer)
                        .with(csrf())
                        .param("displayName", "First Admin")
                        .param("email", "first.admin@test.minipublic.org")
                        .param("password", "short")
                        .param("passwordConfirmation", "short"))
                .andExpect(view().name("identity/setup"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.too-short"));
        mvc.perform(post("/setup/" + newer)
                        .with(csrf())
                        .param("displayName", "First Admin")
                        .param("email", "first.admin@test.minipublic.org")
                        .param("password", "a properly long password")
                        .param("passwordConfirmation", "a different long password"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "passwordConfirmation", "password.confirm.mismatch"));
        assertThat(accounts.setupRequired()).isTrue();

        mvc.perform(post("/setup/" + newer)
                        .with(csrf())
                        .param("displayName", "First Admin")
                        .param("email", "first.admin@test.minipublic.org")
                        .param("password", "a properly long password")
                        .param("passwordConfirmation", "a properly long password"))
                .andExpect(redirectedUrl("/login?setup"));

        assertThat(accounts.setupRequired()).isFalse();
        mvc.perform(get("/setup/" + newer)).andExpect(view().name("identity/setup-unavailable"));
    }
}
