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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.MinipublicApplication;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.NewAccount;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.privacy.Retention;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.selection.Target;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.TestDatabase;
import org.minipublic.app.support.WebClient;
import org.minipublic.app.voting.BallotCode;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.minipublic.app.voting.Results;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * Two application nodes on one database, as behind a load balancer: sessions live in PostgreSQL, so a user who logged
 * in through one node is known to the other; a code used on both at the same moment counts once; the scheduled purge
 * run by both at once purges once; and a node starting while another runs a draw leaves that draw to finish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /**
     * A pool of varied people with targets a seat either side of their share: leximin takes seconds over it, more than
     * a node takes from its start-up's last step to being ready. The nodes' time limit ends it in any case.
     */
    private static final int POOL = 500;

    private static final int PANEL = 50;

    private String database = "";
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoNodes() {
        database = TestDatabase.newDatabase();
        first = node();
        second = node();
    }

    @AfterAll
    void stopThem() {
        second.close();
        first.close();
    }

    @Test
    void aSessionStartedOnOneNodeIsValidOnAnother() throws Exception {
        first.getBean(Accounts.class)
                .create(
                        Actor.system(),
                        new NewAccount("two.nodes@test.minipublic.org", "Two Nodes", "long enough password", false));
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

    @Test
    void oneCodeUsedOnBothNodesAtOnceCountsOnceAndAnotherCodeOnTheSecondNodeCounts() throws Exception {
        var fixtures = first.getBean(Fixtures.class);
        var organiser = fixtures.user("Two Nodes Returning Officer");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Two nodes vote"));
        var members = new ArrayList<MemberId>();
        for (int i = 0; i < 2; i++) {
            var profile =
                    new MemberProfile("Node", "Voter " + i, "node.voter" + i + "@example.org", "", "en", false, "");
            members.add(first.getBean(Members.class).enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        var ballots = first.getBean(Ballots.class);
        var labels = List.of("Oppose", "Neutral", "Support");
        var ballot = ballots.create(
                organiser.actor(),
                assembly,
                new BallotDetails("Two nodes", new BallotMethod.SupportLevel(labels, 2, 50), null));
        ballots.addItem(organiser.actor(), assembly, ballot, new ItemText("Recommendation 1", ""));
        ballots.open(organiser.actor(), assembly, ballot);
        var codes =
                first.getBean(BallotCodes.class).issue(organiser.actor(), assembly, ballot, members).codes().stream()
                        .map(BallotCode::display)
                        .toList();

        // the same code, answered "oppose" on the first node and "support" on the second, sent at the same moment
        var barrier = new CyclicBarrier(2);
        var onFirst = CompletableFuture.supplyAsync(() -> cast(port(first), codes.get(0), 1, barrier));
        var onSecond = CompletableFuture.supplyAsync(() -> cast(port(second), codes.get(0), 3, barrier));
        var results = List.of(onFirst.get(60, TimeUnit.SECONDS), onSecond.get(60, TimeUnit.SECONDS));
        assertThat(results)
                .filteredOn(r -> r.contains("class=\"digest receipt\""))
                .hasSize(1);
        assertThat(results).filteredOn(r -> r.contains("already been used")).hasSize(1);
        int counted = results.get(0).contains("class=\"digest receipt\"") ? 1 : 3;
        assertThat(cast(port(second), codes.get(1), 2, null)).contains("class=\"digest receipt\"");

        assertThat(ballots.ballot(organiser.actor(), assembly, ballot).votesCast())
                .isEqualTo(2);
        ballots.close(organiser.actor(), assembly, ballot);
        var count = first.getBean(Results.class).count(organiser.actor(), assembly, ballot);
        assertThat(count.intact()).isTrue();
        var expected = new ArrayList<>(List.of(0, 0, 0, 0));
        expected.set(counted, 1);
        expected.set(2, expected.get(2) + 1);
        assertThat(count.items().get(0).counts()).isEqualTo(expected);
    }

    @Test
    void theScheduledPurgeRunOnBothNodesAtOncePurgesEachDueAssemblyOnce() throws Exception {
        var fixture = first.getBean(SelectionFixture.class);
        var due = new ArrayList<AssemblyId>();
        for (int i = 0; i < 2; i++) {
            var open = fixture.assemblyWithPool(10);
            fixture.anyPanel(open, 3);
            var draw = first.getBean(Draws.class)
                    .start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 5L, List.of()));
            assertThat(fixture.awaitEnd(open.assembly(), draw).status()).isEqualTo(Draw.Status.DONE);
            first.getBean(Retention.class).save(open.organiser().actor(), open.assembly(), 0);
            heldLastMonth(open.assembly());
            due.add(open.assembly());
        }

        var barrier = new CyclicBarrier(2);
        var onFirst = CompletableFuture.runAsync(() -> purge(first, barrier));
        var onSecond = CompletableFuture.runAsync(() -> purge(second, barrier));
        onFirst.get(60, TimeUnit.SECONDS);
        onSecond.get(60, TimeUnit.SECONDS);

        var jdbc = first.getBean(JdbcClient.class);
        for (var assembly : due) {
            assertThat(first.getBean(Pool.class).members(assembly)).hasSize(3);
            assertThat(jdbc.sql("select after_summary from audit.entries where assembly_id = :a and action = :action")
                            .param("a", assembly.value())
                            .param("action", "privacy.purged")
                            .query(String.class)
                            .list())
                    .containsExactly("7 people's personal data deleted");
        }
    }

    @Test
    void aNodeStartingWhileAnotherRunsADrawLeavesItRunningToTheEnd() throws Exception {
        var fixture = first.getBean(SelectionFixture.class);
        var open = fixture.assemblyWithVariedPool(POOL, 3, new Random(17));
        var targets = first.getBean(Targets.class);
        var tight = new ArrayList<Target>();
        var pool = first.getBean(Pool.class).composition(open.assembly());
        pool.forEach((category, values) -> values.forEach((value, registered) -> {
            int seats = (int) Math.round((double) PANEL * registered / POOL);
            tight.add(new Target(category.name(), value, Math.max(0, seats - 1), seats + 1, null));
        }));
        targets.save(open.organiser().actor(), open.assembly(), PANEL, tight);
        var draws = first.getBean(Draws.class);
        var draw = new AtomicReference<DrawId>();
        long[] started = {0};

        // the draw starts on the first node just before the third node becomes ready, when it looks for abandoned draws
        try (var restarted = node(event -> {
            if (event instanceof ApplicationStartedEvent) {
                draw.set(draws.start(
                        open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 3L, List.of())));
                started[0] = System.nanoTime();
            }
        })) {
            assertThat(draws.find(open.assembly(), draw.get()).orElseThrow().status())
                    .as(
                            "the draw must still be running when the third node is ready (%d ms after it started);"
                                    + " otherwise this test proves nothing: make the pool harder",
                            (System.nanoTime() - started[0]) / 1_000_000)
                    .isEqualTo(Draw.Status.RUNNING);
            var ended = fixture.awaitEnd(open.assembly(), draw.get());
            assertThat(ended.status()).isEqualTo(Draw.Status.DONE);
            assertThat(restarted.isActive()).isTrue();
        }
    }

    private ConfigurableApplicationContext node() {
        return node(event -> {});
    }

    private ConfigurableApplicationContext node(ApplicationListener<ApplicationEvent> listener) {
        var arguments = new ArrayList<String>(List.of(
                "--server.port=0",
                "--minipublic.privacy.purge-first=PT10H",
                "--minipublic.selection.time-limit=PT25S",
                "--minipublic.data-dir=" + System.getProperty("java.io.tmpdir") + "/minipublic-two-nodes"));
        TestDatabase.connectionProperties(database).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(MinipublicApplication.class, Fixtures.class, SelectionFixture.class)
                .listeners(listener)
                .run(arguments.toArray(String[]::new));
    }

    /** What the scheduler runs every hour, started on this node at the same moment as on the other. */
    private static void purge(ConfigurableApplicationContext node, CyclicBarrier barrier) {
        var task = node.getBean(ScheduledAnnotationBeanPostProcessor.class).getScheduledTasks().stream()
                .map(t -> t.getTask().getRunnable())
                .filter(r -> r.toString().endsWith("privacy.PurgeJob.run"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled purge job on this node"));
        await(barrier);
        task.run();
    }

    /** @return the page the cast answered with */
    private static String cast(
            int port, String code, int answer, @org.jspecify.annotations.Nullable CyclicBarrier together) {
        var client = new WebClient(port);
        client.get("/vote");
        client.post("/vote", Map.of("code", code));
        var fields = new HashMap<String, String>(Map.of("code", code, "a0", String.valueOf(answer)));
        client.post("/vote/review", fields);
        if (together != null) {
            await(together);
        }
        return client.post("/vote/cast", Map.of("code", code, "answers", String.valueOf(answer)))
                .body();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other node's side did not get ready in 30 s", e);
        }
    }

    private void heldLastMonth(AssemblyId assembly) {
        var assemblies = first.getBean(Assemblies.class);
        var view = assemblies.find(assembly).orElseThrow();
        var d = view.details();
        assemblies.update(
                Actor.system(),
                assembly,
                new AssemblyDetails(
                        d.title(),
                        d.question(),
                        d.description(),
                        d.commissioners(),
                        d.deliveryPartners(),
                        d.recruitmentPartners(),
                        List.of(new AssemblyDay(
                                1,
                                java.time.LocalDate.now().minusMonths(1),
                                java.time.LocalTime.of(10, 0),
                                java.time.LocalTime.of(16, 0),
                                "Town Hall",
                                ""))),
                view.version());
    }

    private static HttpRequest get(ConfigurableApplicationContext node, String path) {
        return HttpRequest.newBuilder(uri(node, path)).GET().build();
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + port(node) + path);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
