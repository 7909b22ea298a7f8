package org.minipublic.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A browser without JavaScript for tests against a running server: keeps cookies (whatever their flags, so a test
 * can play a TLS proxy's client), sends the CSRF token of the last page with each form, and follows no redirects.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrf = "";

    public WebClient(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        headers.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /** Sends this header with every request, as a proxy in front of the server would. */
    public WebClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts a form with the CSRF token of the last page this client read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(all))));
    }

    /**
     * The same post as {@link #post}, prepared now to be written onto a socket later ({@link SocketPost#send}); what
     * the server answers is not remembered.
     */
    public SocketPost prepare(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        var headerLines = new StringBuilder();
        headers.forEach((name, value) ->
                headerLines.append(name).append(": ").append(value).append("\r\n"));
        if (!cookies.isEmpty()) {
            headerLines.append("Cookie: ").append(cookieHeader()).append("\r\n");
        }
        return new SocketPost(port, path, headerLines.toString(), formBody(all));
    }

    /** Logs in through the login form; true when the server accepted the password. */
    public boolean logIn(String email, String password) {
        get("/login");
        var response = post("/login", Map.of("email", email, "password", password));
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("/login");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private String cookieHeader() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            boolean removed = value.isEmpty() || header.toLowerCase().contains("max-age=0");
            if (removed) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        var token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
