package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minipublic.app.web.TransportIntegrationTests.setCookie;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Minipublic behind a TLS-terminating reverse proxy on the same host, configured as the README says
 * ({@code server.forward-headers-strategy=native}): it learns the scheme and the client's address from the proxy's
 * headers, so cookies are Secure, pages carry HSTS and login limits count each real client separately.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@Import(Fixtures.class)
class BehindAProxyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void overHttpsAtTheProxyCookiesAreSecureAndPagesCarryHsts() {
        var user = fixtures.user("Proxied Visitor");
        var client = proxied("203.0.113.7");
        var page = client.get("/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(setCookie(page, "MINIPUBLIC_CSRF")).contains("Secure").contains("HttpOnly");
        var login = client.post("/login", Map.of("email", user.email(), "password", Fixtures.PASSWORD));
        assertThat(setCookie(login, "MINIPUBLIC_SESSION"))
                .contains("Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://").doesNotContain("/login"));
    }

    @Test
    void loginLimitsCountTheClientAddressTheProxyReports() {
        var user = fixtures.user("Behind The Same Proxy");
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(proxied("203.0.113.50").logIn("nobody" + attempt + "@test.minipublic.org", "a wrong password"))
                    .isFalse();
        }
        var sprayer = proxied("203.0.113.50");
        sprayer.get("/login");
        var refused = sprayer.post("/login", Map.of("email", user.email(), "password", Fixtures.PASSWORD));
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?wait="));
        assertThat(proxied("203.0.113.51").logIn(user.email(), Fixtures.PASSWORD))
                .as("another client behind the same proxy")
                .isTrue();
    }

    private WebClient proxied(String clientAddress) {
        return new WebClient(port)
                .withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-For", clientAddress);
    }
}
