package org.minipublic.app.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.CookieBrowser;
import org.minipublic.app.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions over real HTTP, cookies handled by hand: a session id planted before login is never the one a login gives
 * (fixation), logging in again gives a new id and the old one stops working, and logging out ends the session in the
 * database as well as in the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class SessionSecurityIntegrationTests {

    private static final String SESSION = SecurityConfiguration.SESSION_COOKIE;
    private static final String HOME = "/assemblies";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionIdPlantedBeforeLoginIsReplacedAndGrantsNothing() throws Exception {
        var user = fixtures.user("Fixation Target");
        var browser = new CookieBrowser(port);
        browser.cookies.put(SESSION, "YWJjZGVmZ2hpamtsbW5vcA");

        browser.logIn(user.email(), HOME);

        assertThat(browser.cookies.get(SESSION)).isNotNull().isNotEqualTo("YWJjZGVmZ2hpamtsbW5vcA");
        var attacker = new CookieBrowser(port);
        attacker.cookies.put(SESSION, "YWJjZGVmZ2hpamtsbW5vcA");
        assertThat(attacker.get(HOME).statusCode())
                .as("the planted id opens nothing")
                .isEqualTo(302);
        assertThat(browser.get(HOME).statusCode()).isEqualTo(200);
    }

    @Test
    void loggingInAgainGivesANewSessionIdAndTheOldOneStopsWorking() throws Exception {
        var first = fixtures.user("Returning User");
        var browser = new CookieBrowser(port);
        browser.logIn(first.email(), HOME);
        String before = browser.cookies.get(SESSION);

        browser.logIn(first.email(), HOME);

        assertThat(browser.cookies.get(SESSION)).isNotEqualTo(before);
        var stale = new CookieBrowser(port);
        stale.cookies.put(SESSION, before);
        assertThat(stale.get(HOME).statusCode()).isEqualTo(302);
        assertThat(browser.get(HOME).statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSessionOnTheServerNotOnlyInTheBrowser() throws Exception {
        var user = fixtures.user("Leaving User");
        var browser = new CookieBrowser(port);
        browser.logIn(user.email(), HOME);
        String session = browser.cookies.get(SESSION);
        long rows = sessionRows();
        String token = browser.csrfFrom(HOME);

        var out = browser.post("/logout", "_csrf=" + CookieBrowser.encode(token));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(sessionRows()).isEqualTo(rows - 1);
        var replay = new CookieBrowser(port);
        replay.cookies.put(SESSION, session);
        assertThat(replay.get(HOME).statusCode()).as("the old cookie replayed").isEqualTo(302);
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
