package org.minipublic.app.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.TwoFactor;
import org.minipublic.app.support.CookieBrowser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.TotpCodes;
import org.minipublic.app.support.TwoFactorRequiredTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in over real HTTP, cookies handled by hand: the password opens only the code page, a right code
 * gives a new session id, wrong and replayed codes are refused and count against the login limits, a backup code
 * works once, organisers set it up before anything else, and only administrators reset it.
 */
@TwoFactorRequiredTest
class TwoFactorLoginIntegrationTests {

    private static final String SESSION = SecurityConfiguration.SESSION_COOKIE;
    private static final String HOME = "/assemblies";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePasswordOpensOnlyTheCodePageAndTheRightCodeGivesANewSessionId() throws Exception {
        var user = fixtures.user("Two Step");
        String secret = enrol(user);
        var browser = new CookieBrowser(port);

        var password = logIn(browser, user);
        assertThat(location(password)).endsWith("/login/code");
        String pending = browser.cookies.get(SESSION);
        assertThat(location(browser.get(HOME))).endsWith("/login/code");
        assertThat(location(browser.get("/account/password"))).endsWith("/login/code");
        assertThat(browser.get("/login/code").body()).contains("Enter your code");

        var wrong = sendCode(browser, "123456".equals(TotpCodes.at(secret, 0)) ? "654321" : "123456");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("That code is not right");
        assertThat(location(browser.get(HOME))).endsWith("/login/code");

        var right = sendCode(browser, TotpCodes.at(secret, 0));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(browser.cookies.get(SESSION)).isNotNull().isNotEqualTo(pending);
        assertThat(browser.get(HOME).statusCode()).isEqualTo(200);
        var stale = new CookieBrowser(port);
        stale.cookies.put(SESSION, pending);
        assertThat(location(stale.get(HOME))).as("the id from before the code").endsWith("/login");
    }

    @Test
    void aCodeThatWasUsedOnceIsRefusedTheSecondTime() throws Exception {
        var user = fixtures.user("Shoulder Surfed");
        String secret = enrol(user);
        String code = TotpCodes.at(secret, 0);
        var first = new CookieBrowser(port);
        logIn(first, user);
        assertThat(sendCode(first, code).statusCode()).isEqualTo(302);

        var second = new CookieBrowser(port);
        logIn(second, user);
        var replay = sendCode(second, code);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("That code is not right");
        assertThat(location(second.get(HOME))).endsWith("/login/code");
    }

    @Test
    void aBackupCodeLogsInOnce() throws Exception {
        var user = fixtures.user("Phone At Home");
        String secret = twoFactor.startEnrolment(user.actor()).secret();
        List<String> codes = twoFactor.confirmEnrolment(user.actor(), TotpCodes.at(secret, -1));
        var first = new CookieBrowser(port);
        logIn(first, user);
        assertThat(sendCode(first, codes.get(0)).statusCode()).isEqualTo(302);
        assertThat(first.get(HOME).statusCode()).isEqualTo(200);
        assertThat(first.get("/account/two-factor").body())
                .contains("You have 9 backup codes left.", "Turn off two-factor sign-in");

        var second = new CookieBrowser(port);
        logIn(second, user);
        assertThat(sendCode(second, codes.get(0)).body()).contains("That code is not right");
        assertThat(sendCode(second, codes.get(1)).statusCode()).isEqualTo(302);
    }

    @Test
    void wrongCodesCountAgainstTheLoginLimitsLikeWrongPasswords() throws Exception {
        var user = fixtures.user("Code Guesser Target");
        String secret = enrol(user);
        var browser = new CookieBrowser(port);
        logIn(browser, user); // the first of the login's five quick tries
        for (int i = 0; i < 4; i++) {
            assertThat(sendCode(browser, "00000" + i).body()).contains("That code is not right");
        }

        var refused = sendCode(browser, TotpCodes.at(secret, 0));

        assertThat(refused.body()).contains("For your safety, wait").doesNotContain("That code is not right");
        assertThat(location(browser.get(HOME))).endsWith("/login/code");
    }

    @Test
    void anOrganiserSetsUpTwoFactorSignInBeforeAnythingElse() throws Exception {
        var organiser = fixtures.organiser("Fresh Organiser");
        var browser = new CookieBrowser(port);
        browser.logIn(organiser.email(), HOME);
        assertThat(location(browser.get(HOME))).endsWith("/account/two-factor");
        assertThat(location(browser.get("/account/password"))).endsWith("/account/two-factor");

        var page = browser.get("/account/two-factor");
        var matcher = SECRET.matcher(page.body());
        assertThat(matcher.find()).as("the key to type").isTrue();
        String token = browser.csrfFrom("/account/two-factor");
        var confirmed = browser.post(
                "/account/two-factor",
                "code=" + TotpCodes.at(matcher.group(1), 0) + "&_csrf=" + CookieBrowser.encode(token));

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Pattern.compile("<code>[a-z2-9]{5}-[a-z2-9]{5}</code>")
                        .matcher(confirmed.body())
                        .results()
                        .count())
                .isEqualTo(10);
        assertThat(browser.get(HOME).statusCode()).isEqualTo(200);
        var plain = new CookieBrowser(port);
        plain.logIn(fixtures.user("Plain User").email(), HOME);
        assertThat(plain.get(HOME).statusCode())
                .as("users without a staff role are not asked")
                .isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorResetsSomeonesTwoFactorSignInAfterConfirming() throws Exception {
        var target = fixtures.user("Reset Target");
        enrol(target);
        var outsider = new CookieBrowser(port);
        outsider.logIn(fixtures.user("Not Allowed").email(), HOME);
        var refused = outsider.post(
                "/admin/users/" + target.id() + "/two-factor-reset",
                "_csrf=" + CookieBrowser.encode(outsider.csrfFrom(HOME)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(twoFactor.enabledFor(target.id())).isTrue();

        var admin = fixtures.admin("Helpful Admin");
        String adminSecret = enrol(admin);
        var browser = new CookieBrowser(port);
        logIn(browser, admin);
        assertThat(sendCode(browser, TotpCodes.at(adminSecret, 0)).statusCode()).isEqualTo(302);
        String question = "/admin/users/" + target.id() + "/two-factor-reset";
        assertThat(browser.get("/admin/users?page=0").body()).contains(question);
        assertThat(browser.get(question).body()).contains("Reset the two-factor sign-in of");
        var reset = browser.post(question, "_csrf=" + CookieBrowser.encode(browser.csrfFrom(question)));

        assertThat(location(reset)).endsWith("/admin/users");
        assertThat(twoFactor.enabledFor(target.id())).isFalse();
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'account.two-factor-reset'"
                                + " and actor_id = :admin and subject = :subject")
                        .param("admin", admin.id().value())
                        .param("subject", "user " + target.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String enrol(TestUser user) {
        String secret = twoFactor.startEnrolment(user.actor()).secret();
        twoFactor.confirmEnrolment(user.actor(), TotpCodes.at(secret, -1));
        return secret;
    }

    /** The password step, which a user with two-factor sign-in passes to the code page. */
    private static HttpResponse<String> logIn(CookieBrowser browser, TestUser user) throws Exception {
        String token = browser.csrfFrom("/login");
        return browser.post(
                "/login",
                "email=" + CookieBrowser.encode(user.email()) + "&password=" + CookieBrowser.encode(Fixtures.PASSWORD)
                        + "&_csrf=" + CookieBrowser.encode(token));
    }

    private static HttpResponse<String> sendCode(CookieBrowser browser, String code) throws Exception {
        String token = browser.csrfFrom("/login/code");
        return browser.post(
                "/login/code", "code=" + CookieBrowser.encode(code) + "&_csrf=" + CookieBrowser.encode(token));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect").isBetween(300, 399);
        return response.headers().firstValue("Location").orElse("");
    }
}
