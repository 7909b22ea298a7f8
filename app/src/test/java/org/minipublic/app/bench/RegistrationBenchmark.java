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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Prints how the public registration form holds up when 100 invited people submit it at the same moment, over real
 * HTTP: each opens the code page, enters their letter's code, waits the few seconds a person needs (the form refuses
 * faster submissions), and then all submit together. Reports p50/p95/max per step and how many failed. A measurement,
 * not a test: run it with
 * {@code ./mvnw verify -pl table-io,cli-support,sortition-engine,app -am -Dit.test=RegistrationBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the figures into docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({Fixtures.class, RegistrationFixture.class})
class RegistrationBenchmark {

    private static final int PEOPLE = 100;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STARTED = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFixture registration;

    @Autowired
    RegistrationSetup setup;

    @Autowired
    Pool pool;

    @Test
    void hundredPeopleSubmitTheRegistrationFormAtOnce() throws Exception {
        var open = registration.openAssembly(PEOPLE + 1, 1);
        var asked = setup.categories(open.assembly()).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .toList();
        var warmUp = new Person(open.codes().get(PEOPLE), asked, PEOPLE);
        warmUp.openForm();
        Thread.sleep(3_100);
        warmUp.submit();

        var people = new ArrayList<Person>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new Person(open.codes().get(i), asked, i));
        }
        var opening = Collections.synchronizedList(new ArrayList<Long>());
        var submitting = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        System.out.printf(
                "%nRegistration benchmark: %d people, %d cores, heap %d MB%n",
                PEOPLE,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        double openSeconds = together(people, person -> opening.add(person.openForm()), failures);
        Thread.sleep(3_100);
        double submitSeconds = together(people, person -> submitting.add(person.submit()), failures);
        print("code page + code entered (GET + POST)", opening, openSeconds);
        print("form submitted (POST, stored, e-mail queued)", submitting, submitSeconds);
        System.out.printf(
                "  failed requests: %d; respondents stored: %d of %d%n",
                failures.get(), pool.members(open.assembly()).size() - 1, PEOPLE);
    }

    private interface Step {
        void run(Person person) throws Exception;
    }

    /** Every person takes the step at the same moment; returns the wall time for all of them. */
    private static double together(List<Person> people, Step step, AtomicInteger failures) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(people.size());
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (var person : people) {
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    step.run(person);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (var future : futures) {
            future.get();
        }
        threads.shutdown();
        return (System.nanoTime() - began) / 1e9;
    }

    private static void print(String what, List<Long> nanos, double seconds) {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("  %-46s no request succeeded%n", what);
            return;
        }
        System.out.printf(
                "  %-46s n=%d  median %.0f ms  p95 %.0f ms  max %.0f ms  (all in %.1f s)%n",
                what,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.get(sorted.size() - 1) / 1e6,
                seconds);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** One person's browser: cookies, the form's CSRF token and its signed start time. */
    private final class Person {
        private final String code;
        private final List<Category> asked;
        private final int number;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        private String csrf = "";
        private String started = "";

        Person(String code, List<Category> asked, int number) {
            this.code = code;
            this.asked = asked;
            this.number = number;
        }

        long openForm() throws IOException, InterruptedException {
            long began = System.nanoTime();
            var page = send(HttpRequest.newBuilder(uri("/register")).GET());
            csrf = find(CSRF, page.body());
            var form = send(HttpRequest.newBuilder(uri("/register"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + encode(code) + "&_csrf=" + encode(csrf))));
            long took = System.nanoTime() - began;
            if (form.statusCode() != 200) {
                throw new IllegalStateException("code entry answered " + form.statusCode());
            }
            csrf = find(CSRF, form.body());
            started = find(STARTED, form.body());
            return took;
        }

        long submit() throws IOException, InterruptedException {
            var body = new StringBuilder()
                    .append("code=")
                    .append(encode(code))
                    .append("&firstName=Bench&lastName=Person")
                    .append(number)
                    .append("&email=bench")
                    .append(number)
                    .append("%40example.org&birthDay=17&birthMonth=5&birthYear=")
                    .append(1940 + number % 60)
                    .append("&language=en&availability=ALL&consent=true&website=&started=")
                    .append(encode(started))
                    .append("&_csrf=")
                    .append(encode(csrf));
            for (var category : asked) {
                body.append("&answers%5B")
                        .append(category.id())
                        .append("%5D=")
                        .append(encode(category.options()
                                .get(number % category.options().size())));
            }
            long began = System.nanoTime();
            var done = send(HttpRequest.newBuilder(uri("/register/form"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            long took = System.nanoTime() - began;
            if (done.statusCode() != 200 || done.body().contains("name=\"started\"")) {
                throw new IllegalStateException("the form answered " + done.statusCode() + " without registering");
            }
            return took;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    private static String find(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("the page has no " + pattern);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
