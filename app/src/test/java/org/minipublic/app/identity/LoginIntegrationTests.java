package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Logging in: passwords are checked and hashed, guessing is throttled, forms need a CSRF token, headers protect. */
@IntegrationTest
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void logsInWithTheRightPasswordAndNotWithAWrongOne() throws Exception {
        var user = fixtures.user("Logging In");
        mvc.perform(formLogin().userParameter("email").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(user.email()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().userParameter("email").user(user.email()).password("wrong password here"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void storesPasswordsOnlyAsArgon2Hashes() {
        var user = fixtures.user("Hashed");
        String stored = jdbc.sql("select password_hash from identity.users where id = :id")
                .param("id", user.id().value())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void locksALoginAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        var user = fixtures.user("Guessed At");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().userParameter("email").user(user.email()).password("guess number " + attempt))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin().userParameter("email").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() throws Exception {
        var user = fixtures.user("Typo Prone");
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                mvc.perform(
                        formLogin().userParameter("email").user(user.email()).password("typo " + attempt));
            }
            mvc.perform(formLogin().userParameter("email").user(user.email()).password(Fixtures.PASSWORD))
                    .andExpect(authenticated());
        }
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        var organiser = fixtures.user("Csrf Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Csrf"));
        mvc.perform(post("/assemblies/" + assembly + "/status")
                        .param("to", "RECRUITING")
                        .with(user(organiser.principal())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assemblies/" + assembly + "/status")
                        .param("to", "RECRUITING")
                        .with(user(organiser.principal()))
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assemblies/" + assembly + "/status")
                        .param("to", "RECRUITING")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void sendsSecurityHeadersThatForbidInlineScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void disabledAccountsCannotLogIn() throws Exception {
        var admin = fixtures.admin("Disabling Admin");
        var user = fixtures.user("To Be Disabled");
        mvc.perform(post("/admin/users/" + user.id() + "/enabled")
                        .param("enabled", "false")
                        .with(user(admin.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().userParameter("email").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(unauthenticated());
    }
}
