package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Visitors who have not logged in cost no storage: no session row for any page they open, and none for a failed
 * login, a forgotten-password request or a registration code. Only logging in creates a session. Against a running server, as a browser
 * without JavaScript sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AnonymousVisitsIntegrationTests {

    private static final List<String> PUBLIC_AND_PROTECTED_PAGES = List.of(
            "/login",
            "/login?error",
            "/login?logout",
            "/login?wait=30",
            "/login?lang=ur",
            "/forgot-password",
            "/forgot-password?sent",
            "/password-reset/not-a-real-token",
            "/setup/not-a-real-token",
            "/invitations/not-a-real-token",
            "/register",
            "/register?code=ABCD-EFGH",
            "/account/password",
            "/",
            "/assemblies",
            "/admin/users",
            "/css/minipublic.css",
            "/fonts/NotoNaskhArabic-Regular.ttf",
            "/no-such-page");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    /** The Urdu web font is public and cached, and the font folder leads nowhere else. */
    @Test
    void theUrduFontIsServedAndNothingElseUnderFonts() throws Exception {
        var http = HttpClient.newHttpClient();
        var font = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fonts/NotoNaskhArabic-Regular.ttf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(font.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(font.body()).hasSizeGreaterThan(100_000);
        org.assertj.core.api.Assertions.assertThat(font.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        v -> org.assertj.core.api.Assertions.assertThat(v).contains("max-age"));
        for (String other :
                List.of("/fonts/../application.properties", "/fonts/%2e%2e/application.properties", "/fonts/x.ttf")) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + other))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            org.assertj.core.api.Assertions.assertThat(response.statusCode())
                    .as(other)
                    .isNotEqualTo(200);
        }
    }

    @Test
    void aThousandAnonymousRequestsAddNoSessionRow() throws Exception {
        long before = sessionRows();
        var http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int request = 0; request < 1000; request++) {
            String path = PUBLIC_AND_PROTECTED_PAGES.get(request % PUBLIC_AND_PROTECTED_PAGES.size());
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isLessThan(500);
        }
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void failedLoginsAndPasswordRequestsAddNoSessionRowButLoggingInDoes() {
        var user = fixtures.user("Session Counted");
        long before = sessionRows();
        for (int attempt = 0; attempt < 3; attempt++) {
            var visitor = new WebClient(port);
            assertThat(visitor.logIn(user.email(), "not the password " + attempt))
                    .isFalse();
            visitor.get("/forgot-password");
            visitor.post("/forgot-password", Map.of("email", user.email()));
            visitor.get("/register");
            assertThat(visitor.post("/register", Map.of("code", "ABCD-EFGH")).body())
                    .contains("That code is not right");
        }
        assertThat(sessionRows()).isEqualTo(before);
        assertThat(new WebClient(port).logIn(user.email(), Fixtures.PASSWORD)).isTrue();
        assertThat(sessionRows()).isEqualTo(before + 1);
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
