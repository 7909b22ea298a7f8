package org.minipublic.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.selection.Target;
import org.minipublic.app.selection.Targets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Prints how long a draw takes from the app, end to end: from the organiser's start (reading the pool, recording the
 * draw) through the engine to the stored result (panel, every chance, reserves, draw record). A measurement, not a
 * test: {@code ./mvnw verify -pl app -Dit.test=SelectionBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@org.minipublic.app.support.IntegrationTest
@Import(SelectionFixture.class)
class SelectionBenchmark {

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Targets targets;

    @Autowired
    Draws draws;

    @Autowired
    Pool pool;

    @Test
    void aDrawOfFortyFiveFromTwoThousand() throws InterruptedException {
        long setUp = System.nanoTime();
        var open = fixture.assemblyWithPool(2_000, new java.util.Random(7));
        System.out.printf("%nSelection benchmark: 2,000 registrations in %.1f s%n", seconds(setUp));
        // the pool leans towards each category's first answer; the targets give every value an equal share, a seat
        // either side, so that some people must have better chances than others and the engine has work to do
        var list = new ArrayList<Target>();
        pool.composition(open.assembly())
                .forEach((category, counts) -> counts.forEach((value, count) -> {
                    double share = category.kind() == org.minipublic.app.recruitment.Category.Kind.ASKED
                            ? 100.0 / counts.size()
                            : 100.0 * count / 2_000; // age bands and areas as they are in the pool
                    list.add(Targets.proportional(category.name(), value, share, 45, 1));
                }));
        targets.save(open.organiser().actor(), open.assembly(), 45, list);
        // leximin is the default; the same draw twice shows the cost once the JVM is warm
        for (String algorithm : List.of("leximin", "leximin")) {
            long start = System.nanoTime();
            var id = draws.start(
                    open.organiser().actor(), open.assembly(), new DrawSettings(algorithm, 2027L, List.of()));
            Draw draw = draws.find(open.assembly(), id).orElseThrow();
            while (draw.status() == Draw.Status.RUNNING) {
                Thread.sleep(20);
                draw = draws.find(open.assembly(), id).orElseThrow();
            }
            System.out.printf(
                    "  %-8s %s in %.1f s end to end (finished: %s); smallest chance %.4f (%.2f of k/n), largest %.4f%n",
                    algorithm,
                    draw.status(),
                    seconds(start),
                    draw.finished(),
                    draw.smallestChance(),
                    draw.inFairShares(draw.smallestChance()),
                    draw.largestChance());
            if (draw.failure() != null) {
                System.out.println("  " + draw.failure());
            }
        }
    }

    private static double seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
    }
}
