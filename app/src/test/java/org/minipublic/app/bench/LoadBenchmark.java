package org.minipublic.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.ActionText;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.WebClient;
import org.minipublic.app.voting.BallotCode;
import org.minipublic.app.voting.BallotCodes;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.ItemText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole app under a public event's load, over real HTTP on loopback: 500 residents reading the public
 * accountability page (each with their own cookies, a few seconds' reading between pages) while the 150 members of
 * an assembly vote on a ballot of ten recommendations, each at a moment of their own within the run, for two minutes.
 * Prints throughput, p50/p95/p99/max and errors for each kind of request, and checks every vote the server
 * acknowledged is in the ballot's count. A measurement, not a test: run it with
 * {@code ./mvnw verify -pl app -Dit.test=LoadBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dminipublic.bench.seconds=30} for a shorter run) and copy the figures into docs/benchmarks.md.
 */
// Ten database connections, as the application has in production (infrastructure.EmbeddedDatabaseConfiguration),
// not the five other tests use.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=10")
@Import(Fixtures.class)
class LoadBenchmark {

    private static final int READERS = 500;
    private static final int VOTERS = 150;
    private static final int ITEMS = 10;
    /** How long a resident reads a page before the next: uniform between these, in milliseconds. */
    private static final int READ_FROM = 1_000;

    private static final int READ_TO = 5_000;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    Ballots ballots;

    @Autowired
    BallotCodes codes;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    /** One request's outcome: which kind, its HTTP status (0 when it failed before an answer) and how long. */
    private record Sample(String kind, int status, long nanos) {}

    @Test
    void fiveHundredReadersAndAHundredAndFiftyVotersForTwoMinutes() throws Exception {
        var duration = Duration.ofSeconds(Long.getLong("minipublic.bench.seconds", 120));
        var organiser = fixtures.user("Load Organiser");
        var actor = organiser.actor();
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Load benchmark"));
        publishRecord(actor, assembly);
        var voters = enrol(assembly);
        var ballot = openBallot(actor, assembly);
        var issued = codes.issue(actor, assembly, ballot, voters).codes().stream()
                .map(BallotCode::value)
                .toList();
        warmUp(assembly, issued.get(0));
        System.out.printf(
                "%nLoad benchmark: %d readers, %d voters, %d s, %d cores, heap %d MB%n",
                READERS,
                VOTERS,
                duration.toSeconds(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        var samples = new ConcurrentLinkedQueue<Sample>();
        var acknowledged = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(READERS + VOTERS - 1);
        try {
            for (int i = 0; i < READERS; i++) {
                long seed = i;
                threads.execute(() -> read(assembly, end, new SplittableRandom(seed), samples));
            }
            // The first code was used to warm up; each other member votes once at a moment of their own.
            for (int i = 1; i < VOTERS; i++) {
                String code = issued.get(i);
                long at = duration.toMillis() * 9 / 10 * i / VOTERS;
                threads.execute(() -> vote(code, at, samples, acknowledged));
            }
            threads.shutdown();
            if (!threads.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("clients still running two minutes after the end");
            }
        } finally {
            threads.shutdownNow();
        }
        ballots.close(actor, assembly, ballot);
        int counted = ballots.ballot(actor, assembly, ballot).votesCast() - 1; // less the warm-up vote
        print(samples, duration);
        System.out.printf(
                "  votes: %d acknowledged, %d counted, %d lost, load average %.1f%n",
                acknowledged.get(),
                counted,
                acknowledged.get() - counted,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /** A resident: reads the page, then reads it a few seconds later, until the end; first arrivals spread out. */
    private void read(AssemblyId assembly, long end, SplittableRandom random, ConcurrentLinkedQueue<Sample> samples) {
        var client = new WebClient(port);
        String page = "/public/assemblies/" + assembly + "/accountability";
        try {
            Thread.sleep(random.nextInt(READ_TO));
            while (System.nanoTime() < end) {
                samples.add(timed("public page", () -> client.get(page).statusCode()));
                Thread.sleep(random.nextInt(READ_FROM, READ_TO));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A member: at their moment, opens the voting page, gives their code, answers, checks and casts. */
    private void vote(String code, long atMillis, ConcurrentLinkedQueue<Sample> samples, AtomicInteger acknowledged) {
        try {
            Thread.sleep(atMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        var client = new WebClient(port);
        samples.add(timed("voting page", () -> client.get("/vote").statusCode()));
        samples.add(
                timed("code", () -> client.post("/vote", Map.of("code", code)).statusCode()));
        var fields = new HashMap<String, String>();
        fields.put("code", code);
        var answers = new StringBuilder();
        for (int item = 0; item < ITEMS; item++) {
            int answer = 1 + ((code.hashCode() & 0xff) + item) % 5;
            fields.put("a" + item, String.valueOf(answer));
            answers.append(item == 0 ? "" : ",").append(answer);
        }
        samples.add(timed("review", () -> client.post("/vote/review", fields).statusCode()));
        long start = System.nanoTime();
        int status = 0;
        try {
            var response = client.post("/vote/cast", Map.of("code", code, "answers", answers.toString()));
            status = response.statusCode();
            if (status == 200 && response.body().contains("class=\"digest receipt\"")) {
                acknowledged.incrementAndGet();
            } else {
                status = status == 200 ? 299 : status; // answered, but with no receipt: an error here
            }
        } catch (RuntimeException e) {
            status = 0;
        }
        samples.add(new Sample("cast", status, System.nanoTime() - start));
    }

    private static Sample timed(String kind, java.util.function.IntSupplier request) {
        long start = System.nanoTime();
        int status;
        try {
            status = request.getAsInt();
        } catch (RuntimeException e) {
            status = 0;
        }
        return new Sample(kind, status, System.nanoTime() - start);
    }

    private static void print(ConcurrentLinkedQueue<Sample> samples, Duration duration) {
        var byKind = new java.util.TreeMap<String, List<Sample>>();
        samples.forEach(
                s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        var all = new ArrayList<>(samples);
        byKind.put("(all requests)", all);
        byKind.forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Sample::nanos).sorted().toArray();
            long errors = list.stream()
                    .filter(s -> s.status() != 200 && s.status() != 302)
                    .count();
            System.out.printf(
                    "  %s: %d requests, %.1f/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, %d errors%n",
                    kind,
                    list.size(),
                    list.size() / (double) duration.toSeconds(),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6,
                    errors);
        });
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** The size of the demo's record: eight recommendations with responses, four actions with an update each. */
    private void publishRecord(Actor actor, AssemblyId assembly) {
        String paragraph = "The assembly asks the police and the council to act on this within the year. ".repeat(3);
        var ids = new ArrayList<org.minipublic.app.accountability.RecommendationId>();
        for (int i = 1; i <= 8; i++) {
            var id = responses.add(actor, assembly, "Recommendation number " + i, paragraph);
            responses.respond(
                    actor,
                    assembly,
                    id,
                    new ResponseText(
                            ResponseStatus.values()[i % 4], paragraph, "Police", "Chief Inspector", responses.today()),
                    -1);
            ids.add(id);
        }
        for (int i = 0; i < 4; i++) {
            var action = plan.add(
                    actor,
                    assembly,
                    new ActionText("Action " + i, paragraph, "Police", "Council", List.of(ids.get(i))));
            plan.postUpdate(actor, assembly, action, paragraph, "", ActionStatus.values()[i % 5]);
        }
        responses.publish(actor, assembly, true);
    }

    private List<MemberId> enrol(AssemblyId assembly) {
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < VOTERS; i++) {
            var profile = new MemberProfile("Load", "Member " + i, "load" + i + "@example.org", "", "en", false, "");
            ids.add(members.enrol(Actor.system(), assembly, NewMember.byHand(profile)));
        }
        return ids;
    }

    private BallotId openBallot(Actor actor, AssemblyId assembly) {
        var labels = List.of("Strongly oppose", "Oppose", "Neutral", "Support", "Strongly support");
        var id = ballots.create(
                actor, assembly, new BallotDetails("Final vote", new BallotMethod.SupportLevel(labels, 4, 80), null));
        for (int item = 0; item < ITEMS; item++) {
            ballots.addItem(actor, assembly, id, new ItemText("Recommendation " + (item + 1), ""));
        }
        ballots.open(actor, assembly, id);
        return id;
    }

    /** Every page once (and one vote), so that the run measures a warm server, not its first requests. */
    private void warmUp(AssemblyId assembly, String code) {
        var samples = new ConcurrentLinkedQueue<Sample>();
        var acknowledged = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            new WebClient(port).get("/public/assemblies/" + assembly + "/accountability");
        }
        vote(code, 0, samples, acknowledged);
        if (acknowledged.get() != 1) {
            throw new IllegalStateException("the warm-up vote was not acknowledged: " + samples);
        }
    }
}
