package org.minipublic.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.minipublic.app.accountability.ActionPlan;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.ActionText;
import org.minipublic.app.accountability.RecommendationId;
import org.minipublic.app.accountability.ResponseStatus;
import org.minipublic.app.accountability.ResponseText;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.report.FinalReport;
import org.minipublic.app.report.Narrative;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Prints (1) how long the final report's PDF of about 40 pages takes to make, and (2) how the public accountability
 * page holds up under 200 clients at once on loopback (throughput, median, p95, p99). A measurement, not a test: run
 * it with
 * {@code ./mvnw verify -pl app -am -Dit.test=AccountabilityBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the figures into docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AccountabilityBenchmark {

    /** Enough for a report of about 40 pages. */
    private static final int IN_REPORT = 150;
    /** A large assembly's public page: Scotland's climate assembly made 81 recommendations, France's 149. */
    private static final int RECOMMENDATIONS = 60;

    private static final int CLIENTS = 200;
    private static final int REQUESTS_EACH = 10;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Responses responses;

    @Autowired
    ActionPlan plan;

    @Autowired
    FinalReport report;

    @Autowired
    org.minipublic.app.accountability.PublicAccountability published;

    @Test
    void reportPdfAndPublicPageUnderLoad() throws Exception {
        var organiser = fixtures.user("Benchmark Accountability Organiser");
        var actor = organiser.actor();
        var big = fixtures.assembly(organiser, Fixtures.unique("Benchmark report"));
        fill(actor, big, IN_REPORT);
        pdf(actor, big);
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Benchmark accountability"));
        fill(actor, assembly, RECOMMENDATIONS);
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            published.published(assembly);
        }
        System.out.printf(
                "%nReading the published record (no rendering): %.0f ms each%n",
                (System.nanoTime() - start) / 30 / 1e6);
        load(assembly, 1, 30);
        load(assembly, CLIENTS, REQUESTS_EACH);
    }

    /** Sixty recommendations with long texts and responses, thirty actions with milestones and updates. */
    private void fill(Actor actor, AssemblyId assembly, int count) {
        String paragraph = "The assembly asks the police and the council to act on this within the year, and to"
                + " report on it in public. ".repeat(6);
        var ids = new ArrayList<RecommendationId>();
        for (int i = 1; i <= count; i++) {
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
        for (int i = 0; i < count / 2; i++) {
            var action = plan.add(
                    actor,
                    assembly,
                    new ActionText("Action " + i, paragraph, "Police", "Council", List.of(ids.get(2 * i))));
            plan.addMilestone(
                    actor, assembly, action, "First step", responses.today().plusDays(30));
            plan.postUpdate(actor, assembly, action, paragraph, "", ActionStatus.values()[i % 5]);
        }
        responses.publish(actor, assembly, true);
        report.save(actor, assembly, new Narrative(paragraph.repeat(8), paragraph.repeat(8), paragraph.repeat(4)), 0);
    }

    private void pdf(Actor actor, AssemblyId assembly) throws Exception {
        report.draftPdf(actor, assembly, Locale.ENGLISH); // warm-up: fonts loaded, templates cached
        var times = new ArrayList<Long>();
        int pages = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            byte[] pdf = report.draftPdf(actor, assembly, Locale.ENGLISH);
            times.add(System.nanoTime() - start);
            try (var document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
        }
        Collections.sort(times);
        System.out.printf(
                "%nFinal report PDF: %d pages, median %.0f ms, slowest %.0f ms (5 runs after a warm-up)%n",
                pages, times.get(2) / 1e6, times.get(4) / 1e6);
    }

    private void load(AssemblyId assembly, int clients, int requestsEach) throws Exception {
        var uri = URI.create("http://localhost:" + port + "/public/assemblies/" + assembly + "/accountability");
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        var request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build();
        int size =
                http.send(request, HttpResponse.BodyHandlers.ofString()).body().length();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<List<Long>>>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    var mine = new ArrayList<Long>();
                    for (int r = 0; r < requestsEach; r++) {
                        long start = System.nanoTime();
                        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                        mine.add(System.nanoTime() - start);
                    }
                    return mine;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            var all = new ArrayList<Long>();
            for (var future : futures) {
                all.addAll(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(all);
            System.out.printf(
                    "Public accountability page (%d kB, %d recommendations): %d clients x %d requests = %d in %.1f s"
                            + " (%.0f requests/s); median %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n%n",
                    size / 1024,
                    RECOMMENDATIONS,
                    clients,
                    requestsEach,
                    all.size(),
                    seconds,
                    all.size() / seconds,
                    percentile(all, 50),
                    percentile(all, 95),
                    percentile(all, 99),
                    all.get(all.size() - 1) / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
