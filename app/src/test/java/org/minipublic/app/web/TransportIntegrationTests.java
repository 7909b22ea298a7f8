package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Without configuration, headers that claim a proxy terminated TLS are not believed: anyone can send them, so only
 * an installation that sits behind such a proxy may say so (see {@link BehindAProxyIntegrationTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class TransportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void forwardedHeadersAreIgnoredUnlessTheInstallationIsBehindAProxy() {
        var user = fixtures.user("Direct Visitor");
        var client = new WebClient(port).withHeader("X-Forwarded-Proto", "https");
        var page = client.get("/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(setCookie(page, "MINIPUBLIC_CSRF")).contains("HttpOnly").doesNotContain("Secure");
        var login = client.post("/login", Map.of("email", user.email(), "password", Fixtures.PASSWORD));
        assertThat(setCookie(login, "MINIPUBLIC_SESSION")).contains("HttpOnly").doesNotContain("Secure");
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
    }

    static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }
}
