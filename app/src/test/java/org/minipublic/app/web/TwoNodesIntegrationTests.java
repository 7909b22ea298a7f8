package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.MinipublicApplication;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.NewAccount;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sessions live in PostgreSQL, so a user who logged in through one application node is known to every other node
 * on the same database. Two real servers, one login.
 */
class TwoNodesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void aSessionStartedOnOneNodeIsValidOnAnother() throws Exception {
        String database = TestDatabase.newDatabase();
        try (var first = node(database);
                var second = node(database)) {
            first.getBean(Accounts.class)
                    .create(
                            Actor.system(),
                            new NewAccount(
                                    "two.nodes@test.minipublic.org", "Two Nodes", "long enough password", false));
            var cookies = new CookieManager();
            var http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            var loginPage = http.send(get(first, "/login"), HttpResponse.BodyHandlers.ofString());
            var token = CSRF.matcher(loginPage.body());
            assertThat(token.find()).isTrue();
            var login = http.send(
                    HttpRequest.newBuilder(uri(first, "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("email=two.nodes%40test.minipublic.org&password="
                                    + URLEncoder.encode("long enough password", StandardCharsets.UTF_8) + "&_csrf="
                                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

            var onSecondNode = http.send(get(second, "/assemblies"), HttpResponse.BodyHandlers.ofString());
            assertThat(onSecondNode.statusCode()).isEqualTo(200);
            assertThat(onSecondNode.body()).contains("Two Nodes");
        }
    }

    private static ConfigurableApplicationContext node(String database) {
        var arguments = new ArrayList<String>(List.of(
                "--server.port=0",
                "--minipublic.data-dir=" + System.getProperty("java.io.tmpdir") + "/minipublic-two-nodes"));
        TestDatabase.connectionProperties(database).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(MinipublicApplication.class).run(arguments.toArray(String[]::new));
    }

    private static HttpRequest get(ConfigurableApplicationContext node, String path) {
        return HttpRequest.newBuilder(uri(node, path)).GET().build();
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}
