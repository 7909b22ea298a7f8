package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Bad input gets a page of ours with a message and a 4xx status, never a server error and never Spring's Whitelabel
 * page: malformed addresses, wrong methods, page numbers that are not numbers or far past the end, unknown ids.
 * Against a running server, because only a real servlet container forwards errors to the error pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @ParameterizedTest(name = "{0} {1} anonymously -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            DELETE | /login                             | 403 | You cannot open this page
            GET    | /login;jsessionid=forged           | 400 | The request was not understood
            GET    | /assemblies/%2e%2e/admin           | 400 | The request was not understood
            GET    | /password-reset/%2e%2e             | 400 | The request was not understood
            GET    | /error                             | 500 | Sorry, something went wrong
            """)
    void anonymousVisitorsGetOurErrorPages(String method, String path, int status, String heading) {
        assertOurErrorPage(new WebClient(port).send(method, path), status, heading);
    }

    @ParameterizedTest(name = "{0} {1} as administrator -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            GET  | /no-such-page                         | 404 | Page not found
            GET  | /admin/users?page=abc                 | 400 | The request was not understood
            GET  | /admin/outbox?page=1e3                | 400 | The request was not understood
            GET  | /admin/users?page=2147483647          | 200 | Users
            GET  | /admin/users?page=-2147483648         | 200 | Users
            GET  | /admin/outbox?page=2147483647         | 200 | Outbox
            GET  | /admin/outbox/not-a-message/retry     | 405 | Sorry, there is a problem
            POST | /admin/outbox/not-a-message/retry     | 400 | The request was not understood
            POST | /admin/outbox/UNKNOWN/retry           | 404 | Page not found
            GET  | /assemblies/not-an-assembly           | 404 | Page not found
            """)
    void badInputFromAnAdministratorGetsAMessageNotAServerError(
            String method, String path, int status, String heading) {
        var admin = fixtures.admin("Error Pages Admin");
        var client = new WebClient(port);
        assertThat(client.logIn(admin.email(), Fixtures.PASSWORD)).isTrue();
        client.get("/admin/users");
        String url = path.replace("UNKNOWN", UUID.randomUUID().toString());
        var response = method.equals("POST") ? client.post(url, Map.of()) : client.send(method, url);
        if (status == 200) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<h1>" + heading + "</h1>");
        } else {
            assertOurErrorPage(response, status, heading);
        }
    }

    @ParameterizedTest(name = "a login of {0} characters is refused as a wrong login")
    @CsvSource({"255", "5000"})
    void anOverlongLoginIsAWrongLoginNotAServerError(int length) {
        var client = new WebClient(port);
        client.get("/login");
        var response = client.post(
                "/login", Map.of("email", "a".repeat(length - 4) + "@x.y", "password", "long enough password"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @ParameterizedTest(name = "the not-understood page in {0}")
    @CsvSource({"pl, Nie zrozumieliśmy tego żądania, ltr", "ur, درخواست سمجھ میں نہیں آئی, rtl"})
    void errorPagesSpeakTheVisitorsLanguage(String language, String heading, String direction) {
        var admin = fixtures.admin("Error Pages Reader");
        var client = new WebClient(port);
        assertThat(client.logIn(admin.email(), Fixtures.PASSWORD)).isTrue();
        var response = client.withHeader("Accept-Language", language).get("/admin/users?page=abc");
        assertOurErrorPage(response, 400, heading);
        assertThat(response.body()).contains("lang=\"" + language + "\"").contains("dir=\"" + direction + "\"");
    }

    private static void assertOurErrorPage(HttpResponse<String> response, int status, String heading) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body())
                .doesNotContain("Whitelabel")
                .doesNotContainIgnoringCase("exception")
                .contains("class=\"site-header\"")
                .contains("<h1>" + heading + "</h1>");
    }
}
