package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.minipublic.app.support.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Choosing a new password: by e-mailed link when it is forgotten (the form tells nobody whether an address has an
 * account), by a link an administrator sends, or by changing it while logged in. Links work once, for an hour, and
 * only the newest; every new password ends the user's sessions and is audited.
 */
@IntegrationTest
class PasswordsIntegrationTests {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Test
    void theForgottenPasswordFormAnswersAlikeForKnownAndUnknownAddresses() throws Exception {
        var user = fixtures.user("Forgetful");
        String unknown = "nobody." + UUID.randomUUID() + "@test.minipublic.org";
        forgotPassword(unknown).andExpect(redirectedUrl("/forgot-password?sent"));
        forgotPassword(user.email()).andExpect(redirectedUrl("/forgot-password?sent"));
        mvc.perform(get("/forgot-password?sent")).andExpect(content().string(containsString("Check your e-mail")));

        assertThat(outbox.awaitSent(user.email(), 1).body()).contains("Someone asked for a new password");
        assertThat(outbox.count(unknown)).isZero();
        assertThat(auditCount("account.password-reset-requested", "user " + user.id()))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit.entries where subject like :unknown")
                        .param("unknown", "%" + unknown + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmailedLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        var user = fixtures.user("Resetting");
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD)).andExpect(authenticated());
        assertThat(sessionsOf(user.email())).isEqualTo(1);
        forgotPassword(user.email());
        String link = path(Outbox.link(outbox.awaitSent(user.email(), 1).body(), "/password-reset/"));
        assertTokenStoredOnlyAsHash(link);

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Save the new password")));
        choose(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?password-reset"));

        assertThat(sessionsOf(user.email())).isZero();
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(logIn(user.email(), NEW_PASSWORD)).andExpect(authenticated());
        mvc.perform(get(link)).andExpect(content().string(containsString("This link no longer works")));
        choose(link, "yet another passphrase", "yet another passphrase")
                .andExpect(content().string(containsString("This link no longer works")));
        assertThat(auditCount("account.password-reset", "user " + user.id())).isEqualTo(1);
    }

    @Test
    void onlyTheNewestLinkWorksAndOnlyForAnHour() throws Exception {
        var user = fixtures.user("Asks Twice");
        forgotPassword(user.email());
        String first = path(Outbox.link(outbox.awaitSent(user.email(), 1).body(), "/password-reset/"));
        forgotPassword(user.email());
        String second = path(Outbox.link(outbox.awaitSent(user.email(), 2).body(), "/password-reset/"));
        mvc.perform(get(first)).andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(get(second)).andExpect(content().string(containsString("Save the new password")));
        assertThat(jdbc.sql("select max(expires_at - created_at) = interval '1 hour' from identity.password_resets"
                                + " where user_id = :user")
                        .param("user", user.id().value())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        jdbc.sql("update identity.password_resets set expires_at = now() - interval '1 second' where user_id = :user")
                .param("user", user.id().value())
                .update();
        mvc.perform(get(second)).andExpect(content().string(containsString("This link no longer works")));
    }

    @Test
    void aNewPasswordMustFollowThePolicyAndMatchItsConfirmation() throws Exception {
        var user = fixtures.user("Careless Resetter");
        forgotPassword(user.email());
        String link = path(Outbox.link(outbox.awaitSent(user.email(), 1).body(), "/password-reset/"));
        choose(link, "short", "short")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")))
                .andExpect(content().string(containsString("href=\"#password\"")));
        choose(link, NEW_PASSWORD, NEW_PASSWORD + "!")
                .andExpect(content().string(containsString("The two passwords are not the same")));
        mvc.perform(get(link)).andExpect(content().string(containsString("Save the new password")));
    }

    @Test
    void aResetLiftsTheWaitAfterWrongPasswords() throws Exception {
        var user = fixtures.user("Locked Out Then Reset");
        String address = TestAddresses.next();
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(logIn(user.email(), "wrong guess " + attempt).with(from(address)));
        }
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD).with(from(address))).andExpect(unauthenticated());
        forgotPassword(user.email());
        choose(
                path(Outbox.link(outbox.awaitSent(user.email(), 1).body(), "/password-reset/")),
                NEW_PASSWORD,
                NEW_PASSWORD);
        mvc.perform(logIn(user.email(), NEW_PASSWORD).with(from(address))).andExpect(authenticated());
    }

    @Test
    void theForgottenPasswordFormIsLimitedPerAddressTyped() throws Exception {
        var user = fixtures.user("Flooded Mailbox");
        for (int request = 0; request < 3; request++) {
            forgotPassword(user.email()).andExpect(redirectedUrl("/forgot-password?sent"));
        }
        forgotPassword(user.email())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many requests")));
        // Counted as requests, not e-mails: a request replaced before its e-mail was written sends none.
        assertThat(jdbc.sql("select count(*) from identity.password_resets where user_id = :user")
                        .param("user", user.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(outbox.awaitSent(user.email(), 1).body()).contains("/password-reset/");
    }

    @Test
    void theForgottenPasswordFormIsLimitedPerClientAddress() throws Exception {
        String address = TestAddresses.next();
        for (int request = 0; request < 10; request++) {
            mvc.perform(forgotPasswordForm("nobody." + request + "." + address + "@test.minipublic.org", address))
                    .andExpect(redirectedUrl("/forgot-password?sent"));
        }
        mvc.perform(forgotPasswordForm("one.more@test.minipublic.org", address))
                .andExpect(content().string(containsString("Too many requests")));
    }

    @Test
    void anAdministratorSendsALinkButNeverSeesOrSetsThePassword() throws Exception {
        var admin = fixtures.admin("Resetting Administrator");
        var user = fixtures.user("Helped By Admin");
        mvc.perform(post("/admin/users/" + user.id() + "/password-reset")
                        .with(user(admin.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "users.notice.reset-sent"));
        String mail = outbox.awaitSent(user.email(), 1).body();
        assertThat(mail).contains("An administrator of Minipublic has sent you a link");
        assertThat(auditCount("account.password-reset-sent", "user " + user.id()))
                .isEqualTo(1);
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD)).andExpect(authenticated());
        choose(path(Outbox.link(mail, "/password-reset/")), NEW_PASSWORD, NEW_PASSWORD);
        mvc.perform(logIn(user.email(), NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void onlyAdministratorsSendOthersALink() throws Exception {
        var someone = fixtures.user("Not An Administrator");
        var target = fixtures.user("Target Of Resets");
        mvc.perform(post("/admin/users/" + target.id() + "/password-reset")
                        .with(user(someone.principal()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(auditCount("account.password-reset-sent", "user " + target.id()))
                .isZero();
    }

    @Test
    void aUserChangesTheirPasswordKnowingTheCurrentOneAndIsLoggedOutEverywhere() throws Exception {
        var user = fixtures.user("Changing Password");
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD)).andExpect(authenticated());
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD)).andExpect(authenticated());
        assertThat(sessionsOf(user.email())).isEqualTo(2);
        change(user, "not my password at all", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is not right")));
        change(user, Fixtures.PASSWORD, NEW_PASSWORD, "something else entirely")
                .andExpect(content().string(containsString("The two passwords are not the same")));
        change(user, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?password-changed"));

        assertThat(sessionsOf(user.email())).isZero();
        mvc.perform(logIn(user.email(), Fixtures.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(logIn(user.email(), NEW_PASSWORD)).andExpect(authenticated());
        assertThat(auditCount("account.password-changed", "user " + user.id())).isEqualTo(1);
    }

    private ResultActions forgotPassword(String email) throws Exception {
        return mvc.perform(forgotPasswordForm(email, TestAddresses.next()));
    }

    private static MockHttpServletRequestBuilder forgotPasswordForm(String email, String address) {
        return post("/forgot-password").param("email", email).with(csrf()).with(from(address));
    }

    private ResultActions choose(String link, String password, String confirmation) throws Exception {
        return mvc.perform(post(link)
                .param("password", password)
                .param("passwordConfirmation", confirmation)
                .with(csrf()));
    }

    private ResultActions change(Fixtures.TestUser user, String current, String password, String confirmation)
            throws Exception {
        return mvc.perform(post("/account/password")
                .param("currentPassword", current)
                .param("newPassword", password)
                .param("newPasswordConfirmation", confirmation)
                .with(user(user.principal()))
                .with(csrf()));
    }

    private static MockHttpServletRequestBuilder logIn(String email, String password) {
        return post("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(from(TestAddresses.next()));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void assertTokenStoredOnlyAsHash(String link) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from identity.password_resets where token_hash = :hash")
                        .param("hash", Tokens.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from identity.password_resets where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private long auditCount(String action, String subject) {
        return jdbc.sql("select count(*) from audit.entries where action = :action and subject = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    private static String path(String link) {
        return URI.create(link).getPath();
    }
}
