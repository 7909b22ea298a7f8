package org.minipublic.app.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionIdPlantedBeforeLoginIsReplacedAndGrantsNothing() throws Exception {
        var user = fixtures.user("Fixation Target");
        var browser = new Browser();
        browser.cookies.put(SESSION, "YWJjZGVmZ2hpamtsbW5vcA");

        browser.logIn(user.email());

        assertThat(browser.cookies.get(SESSION)).isNotNull().isNotEqualTo("YWJjZGVmZ2hpamtsbW5vcA");
        var attacker = new Browser();
        attacker.cookies.put(SESSION, "YWJjZGVmZ2hpamtsbW5vcA");
        assertThat(attacker.get(HOME).statusCode())
                .as("the planted id opens nothing")
                .isEqualTo(302);
        assertThat(browser.get(HOME).statusCode()).isEqualTo(200);
    }

    @Test
    void loggingInAgainGivesANewSessionIdAndTheOldOneStopsWorking() throws Exception {
        var first = fixtures.user("Returning User");
        var browser = new Browser();
        browser.logIn(first.email());
        String before = browser.cookies.get(SESSION);

        browser.logIn(first.email());

        assertThat(browser.cookies.get(SESSION)).isNotEqualTo(before);
        var stale = new Browser();
        stale.cookies.put(SESSION, before);
        assertThat(stale.get(HOME).statusCode()).isEqualTo(302);
        assertThat(browser.get(HOME).statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSessionOnTheServerNotOnlyInTheBrowser() throws Exception {
        var user = fixtures.user("Leaving User");
        var browser = new Browser();
        browser.logIn(user.email());
        String session = browser.cookies.get(SESSION);
        long rows = sessionRows();
        String token = browser.csrfFrom(HOME);

        var out = browser.post("/logout", "_csrf=" + encode(token));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(sessionRows()).isEqualTo(rows - 1);
        var replay = new Browser();
        replay.cookies.put(SESSION, session);
        assertThat(replay.get(HOME).statusCode()).as("the old cookie replayed").isEqualTo(302);
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser whose cookies the test can see and change. */
    private final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();

        void logIn(String email) throws IOException, InterruptedException {
            // a logged-in browser is sent away from the login page; its pages carry the session's token
            String token =
                    cookies.containsKey(SESSION) && get(HOME).statusCode() == 200 ? csrfFrom(HOME) : csrfFrom("/login");
            var response = post(
                    "/login",
                    "email=" + encode(email) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf=" + encode(token));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        String csrfFrom(String path) throws IOException, InterruptedException {
            var page = get(path);
            var matcher = CSRF.matcher(page.body());
            assertThat(matcher.find()).as("a CSRF token on " + path).isTrue();
            return matcher.group(1);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals);
                String value = pair.substring(equals + 1);
                if (value.isEmpty() || header.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
