package org.minipublic.app.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Prints how fast the check-in page answers with 45 members while 20 facilitators use it at once, each opening the
 * day's list and tapping names (htmx posts) as fast as the server lets them, over real HTTP with real logins. A
 * measurement, not a test: run it with
 * {@code ./mvnw verify -pl table-io,app -am -Dit.test=CheckInBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the figures into docs/benchmarks.md.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=10")
@Import(Fixtures.class)
class CheckInBenchmark {

    private static final int MEMBERS = 45;
    private static final int FACILITATORS = 20;
    private static final int ROUNDS = 25;
    private static final String DAY = "2027-02-20";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Members members;

    @Test
    void checkInPageUnderTwentyFacilitators() throws Exception {
        var organiser = fixtures.user("Bench Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Check-in benchmark"));
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < MEMBERS; i++) {
            var profile = new MemberProfile(
                    "Member",
                    "Number " + i,
                    "member" + i + "@example.org",
                    "",
                    i % 5 == 0 ? "ur" : "en",
                    i % 5 == 0,
                    i % 7 == 0 ? "Step-free access" : "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        var clients = new ArrayList<Facilitator>();
        for (int f = 0; f < FACILITATORS; f++) {
            var user = fixtures.userWithRole("Bench Facilitator " + f, assembly, AssemblyRole.FACILITATOR);
            clients.add(new Facilitator(user.email(), assembly, ids));
        }
        for (var client : clients) {
            client.logIn();
            client.openList(); // warm-up: templates, connections, JIT
        }
        System.out.printf(
                "%nCheck-in benchmark: %d members, %d rounds of page + tap per facilitator, %d cores%n",
                MEMBERS, ROUNDS, Runtime.getRuntime().availableProcessors());
        run(clients.subList(0, 1), ids);
        run(clients, ids);
    }

    /** Every facilitator opens the list and taps a name, {@link #ROUNDS} times, all starting together. */
    private void run(List<Facilitator> clients, List<MemberId> ids) throws Exception {
        var pages = Collections.synchronizedList(new ArrayList<Long>());
        var taps = Collections.synchronizedList(new ArrayList<Long>());
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (int f = 0; f < clients.size(); f++) {
            var client = clients.get(f);
            int offset = f;
            futures.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    pages.add(client.openList());
                    taps.add(client.tap(ids.get((offset * 7 + round) % MEMBERS), round % 2 == 0));
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (var future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        System.out.printf("  %d facilitator(s) at once:%n", clients.size());
        print("check-in page (GET, 45 names)", pages);
        print("tap (htmx POST, line + count)", taps);
        System.out.printf(
                "  %d requests in %.1f s: %.0f requests/s%n",
                pages.size() + taps.size(), seconds, (pages.size() + taps.size()) / seconds);
    }

    private static void print(String what, List<Long> nanos) {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "  %-32s n=%d  median %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms%n",
                what,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** One facilitator's browser: its own cookies (session) and CSRF token. */
    private final class Facilitator {
        private final String email;
        private final String base;
        private final List<MemberId> ids;
        private final HttpClient http;
        private String csrf = "";

        Facilitator(String email, AssemblyId assembly, List<MemberId> ids) {
            this.email = email;
            this.base = "http://localhost:" + port + "/assemblies/" + assembly + "/members/check-in/" + DAY;
            this.ids = ids;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        void logIn() throws IOException, InterruptedException {
            var login = get("http://localhost:" + port + "/login");
            var token = CSRF.matcher(login.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            var response = post(
                    "http://localhost:" + port + "/login",
                    "email=" + encode(email) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf="
                            + encode(token.group(1)),
                    false);
            if (response.statusCode() != 302
                    || response.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login failed: " + response.statusCode());
            }
        }

        /** Opens the day's list; returns how long it took, in nanoseconds. */
        long openList() throws IOException, InterruptedException {
            long began = System.nanoTime();
            var page = get(base);
            long took = System.nanoTime() - began;
            var token = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !token.find() || !page.body().contains("member-" + ids.get(MEMBERS - 1))) {
                throw new IllegalStateException("check-in page answered " + page.statusCode());
            }
            csrf = token.group(1);
            return took;
        }

        long tap(MemberId member, boolean present) throws IOException, InterruptedException {
            long began = System.nanoTime();
            var response = post(base + "/" + member, "present=" + present + "&_csrf=" + encode(csrf), true);
            long took = System.nanoTime() - began;
            if (response.statusCode() != 200 || !response.body().contains("check-in-count")) {
                throw new IllegalStateException("tap answered " + response.statusCode());
            }
            return took;
        }

        private HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String url, String form, boolean htmx)
                throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
