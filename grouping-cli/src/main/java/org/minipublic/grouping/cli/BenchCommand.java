package org.minipublic.grouping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.report.Deviation;
import org.minipublic.grouping.report.Meetings;
import org.minipublic.grouping.report.QualityReport;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the engine on the benchmark instances and compares it, on the same measures, with random seating reshuffled
 * every session, with random seating followed by the usual rotation, and with plans made by other tools.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmark the engine against random seating (and other tools' plans) and print a Markdown table.")
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--instances",
            paramLabel = "DIR",
            description = "Directory with manifest.csv and the people files (default: bench/instances in the engine's"
                    + " folder, from the repository root, the engine's folder or this module's).")
    @Nullable
    Path instances;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these instances.")
    List<String> only = List.of();

    @Option(
            names = "--random-runs",
            defaultValue = "20",
            paramLabel = "N",
            description = "Random seatings to average (default ${DEFAULT-VALUE}).")
    int randomRuns;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--time-limit",
            defaultValue = "60",
            paramLabel = "SECONDS",
            description = "The engine's time limit (default ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(
            names = "--band",
            defaultValue = "1",
            paramLabel = "SEATS",
            description = "The engine's make-up band (default ${DEFAULT-VALUE}).")
    double band;

    @Option(
            names = "--external",
            paramLabel = "DIR",
            description = "Plans by other tools, as NAME.TOOL.csv with columns session,table,id, measured alike.")
    @Nullable
    Path external;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        out.println("| instance | people | tables × sessions | method | seconds | repeated pairs | consecutive |"
                + " most times met | worst deviation | status |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        Path directory = instancesDirectory();
        Table manifest = TableReader.read(directory.resolve("manifest.csv"));
        var limit = Duration.ofMillis((long) (timeLimit * 1000));
        for (var row : manifest.rows()) {
            if (only.isEmpty() || only.contains(row.cell(0))) {
                bench(BenchInstance.read(directory, manifest, row, seed, limit, band), out);
                out.flush();
            }
        }
        return 0;
    }

    /** The given directory, or the engine's instances whether run from the repository, the engine or this module. */
    private Path instancesDirectory() {
        if (instances != null) {
            return instances;
        }
        return Stream.of("grouping-engine/bench/instances", "bench/instances", "../grouping-engine/bench/instances")
                .map(Path::of)
                .filter(Files::exists)
                .findFirst()
                .orElse(Path.of("grouping-engine/bench/instances"));
    }

    private void bench(BenchInstance instance, PrintWriter out) throws IOException {
        var result = GroupAllocator.allocate(instance.problem());
        out.println(engineRow(instance, result.quality()));
        out.println(baseline(instance, result.layout(), "random seating", Seatings::random));
        out.println(baseline(instance, result.layout(), "random seating with rotation", Seatings::rotation));
        for (Path file : ExternalPlans.find(external, instance.name())) {
            out.println(externalPlan(instance, result.layout(), file));
        }
    }

    private static String engineRow(BenchInstance instance, QualityReport q) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | minipublic | %.2f | %d (bound %d) | %d (bound %d) | %d | %.2f | %s |",
                instance.name(),
                instance.members(),
                instance.shape(),
                q.seconds(),
                q.repeatedPairs(),
                q.repeatedPairsBound(),
                q.consecutivePairs(),
                q.consecutivePairsBound(),
                q.mostTimesMet(),
                q.worstDeviationOverall(),
                q.status().name().toLowerCase(Locale.ROOT));
    }

    /** A seating method's figures, averaged over several seeds. */
    private String baseline(
            BenchInstance instance,
            Layout layout,
            String method,
            BiFunction<Layout, RandomGenerator, int[][]> seating) {
        RandomGenerator random =
                RandomGeneratorFactory.of(GroupAllocator.RANDOM_ALGORITHM).create(seed);
        double repeats = 0;
        double consecutive = 0;
        double most = 0;
        double deviation = 0;
        for (int run = 0; run < randomRuns; run++) {
            int[][] tableOf = seating.apply(layout, random);
            var meetings = Meetings.count(layout.members(), tableOf);
            repeats += meetings.repeatedPairs();
            consecutive += meetings.consecutivePairs();
            most += meetings.mostTimesMet();
            deviation += worstDeviation(layout, tableOf);
        }
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s (mean of %d) | – | %.1f | %.1f | %.1f | %.2f | – |",
                instance.name(),
                instance.members(),
                instance.shape(),
                method,
                randomRuns,
                repeats / randomRuns,
                consecutive / randomRuns,
                most / randomRuns,
                deviation / randomRuns);
    }

    private static String externalPlan(BenchInstance instance, Layout layout, Path file) {
        int[][] tableOf = ExternalPlans.read(file, instance.problem(), layout);
        var meetings = Meetings.count(layout.members(), tableOf);
        String tool = ExternalPlans.tool(file, instance.name());
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s | – | %d | %d | %d | %.2f | – |",
                instance.name(),
                instance.members(),
                instance.shape(),
                tool,
                meetings.repeatedPairs(),
                meetings.consecutivePairs(),
                meetings.mostTimesMet(),
                worstDeviation(layout, tableOf));
    }

    private static double worstDeviation(Layout layout, int[][] tableOf) {
        double worst = 0;
        for (int[] values : layout.value()) {
            worst = Math.max(worst, Deviation.worst(values, tableOf));
        }
        return worst;
    }
}
