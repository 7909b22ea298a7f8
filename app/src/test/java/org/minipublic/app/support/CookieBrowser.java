package org.minipublic.app.support;

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

/**
 * A browser over real HTTP whose cookies a test can see and change (to plant or replay a session id), which follows
 * no redirects, so that a test sees each one.
 */
public final class CookieBrowser {

    public static final String SESSION = "MINIPUBLIC_SESSION";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public final Map<String, String> cookies = new LinkedHashMap<>();
    private final int port;

    public CookieBrowser(int port) {
        this.port = port;
    }

    /** Logs in with the fixtures' password. */
    public void logIn(String email, String home) throws IOException, InterruptedException {
        // a logged-in browser is sent away from the login page; its pages carry the session's token
        String token =
                cookies.containsKey(SESSION) && get(home).statusCode() == 200 ? csrfFrom(home) : csrfFrom("/login");
        var response = post(
                "/login",
                "email=" + encode(email) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf=" + encode(token));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** The CSRF token of the form on the page at {@code path}. */
    public String csrfFrom(String path) throws IOException, InterruptedException {
        var page = get(path);
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on " + path).isTrue();
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
