package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Logging in: passwords are checked and hashed, guessing is slowed down per account and per client address (never
 * locked), forms need a CSRF token, headers protect.
 */
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
    void slowsALoginDownAfterFiveWrongPasswordsAndSaysHowLongToWait() throws Exception {
        var user = fixtures.user("Guessed At");
        String address = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(login(user.email(), "guess number " + attempt, address))
                    .andExpect(redirectedUrl("/login?error"));
        }
        String refused = mvc.perform(login(user.email(), Fixtures.PASSWORD, address))
                .andExpect(unauthenticated())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(refused).matches("/login\\?wait=\\d+");
        long seconds = Long.parseLong(refused.substring("/login?wait=".length()));
        assertThat(seconds).as("one more try every 12 seconds").isBetween(1L, 12L);
        mvc.perform(get(refused))
                .andExpect(content().string(containsString("wait " + seconds + " seconds before you try again")));
        // The count is the account's, wherever the tries come from.
        mvc.perform(login(user.email(), Fixtures.PASSWORD, newAddress()))
                .andExpect(redirectedUrlPattern("/login?wait=*"));
    }

    @Test
    void slowsDownAClientAddressThatTriesManyAccounts() throws Exception {
        var user = fixtures.user("Sprayed At");
        String sprayer = newAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            mvc.perform(login("nobody." + attempt + "." + sprayer + "@test.minipublic.org", "password1234", sprayer))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(user.email(), Fixtures.PASSWORD, sprayer))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?wait=*"));
        mvc.perform(login(user.email(), Fixtures.PASSWORD, newAddress())).andExpect(authenticated());
    }

    @Test
    void auditsOnceThatAnAccountIsSlowedDownNamingItByIdOnly() throws Exception {
        var user = fixtures.user("Audited Guesses");
        String unknown = "no.such.account." + UUID.randomUUID() + "@test.minipublic.org";
        String address = newAddress();
        for (int attempt = 0; attempt < 7; attempt++) {
            mvc.perform(login(user.email(), "guess number " + attempt, address));
            mvc.perform(login(unknown, "guess number " + attempt, address));
        }
        assertThat(auditCount("login.throttled", "user " + user.id())).isEqualTo(1);
        assertThat(auditCount("login.address-throttled", "a client address")).isPositive();
        assertThat(jdbc.sql(
                                "select count(*) from audit.entries where subject like :unknown or after_summary like :unknown")
                        .param("unknown", "%" + unknown + "%")
                        .query(Long.class)
                        .single())
                .as("the typed address of an unknown login is not audited")
                .isZero();
    }

    @Test
    void aFiveThousandCharacterLoginIsAnOrdinaryWrongLoginAndStoresNothingOfIt() throws Exception {
        String huge = "a".repeat(5000) + "@test.minipublic.org";
        mvc.perform(login(huge, "some password here", newAddress())).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select coalesce(max(length(bucket_key)), 0) from identity.attempt_buckets")
                        .query(Integer.class)
                        .single())
                .isLessThanOrEqualTo(100);
    }

    @Test
    void sendsHstsOnlyOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() throws Exception {
        var user = fixtures.user("Typo Prone");
        String address = newAddress();
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                mvc.perform(login(user.email(), "typo " + attempt, address));
            }
            mvc.perform(login(user.email(), Fixtures.PASSWORD, address)).andExpect(authenticated());
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

    /** The login form as a browser at this client address posts it. */
    /**
     * Only the login form stores a session. A request authenticated any other way (here a test user) must not store
     * one in passing: a session created while a streamed download (the audit CSV) is written is saved by two threads
     * at once, and the second insert fails.
     */
    @Test
    void aRequestAuthenticatedWithoutTheLoginFormStoresNoSession() throws Exception {
        var user = fixtures.user("Not Logged In By Form");
        var assembly = fixtures.assembly(user, Fixtures.unique("Downloaded"));
        long before = sessionRows();
        // A download renders no form: a page would store the test CSRF token that csrf() leaves in a session.
        mvc.perform(get("/assemblies/" + assembly + "/audit.csv").with(user(user.principal())))
                .andExpect(status().isOk());
        assertThat(sessionRows()).isEqualTo(before);
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private static String newAddress() {
        return TestAddresses.next();
    }

    private long auditCount(String action, String subject) {
        return jdbc.sql("select count(*) from audit.entries where action = :action and subject = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }
}
