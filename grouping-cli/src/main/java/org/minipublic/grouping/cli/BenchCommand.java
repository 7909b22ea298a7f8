package org.minipublic.grouping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.report.ExpectedMeetings;
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
            description =
                    "Random seatings to average where no exact figure is worked out (default" + " ${DEFAULT-VALUE}).")
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
        out.println(randomSeatingRow(instance, result.layout()));
        out.println(rotationRow(instance, result.layout()));
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

    /**
     * Random seating's meetings as expected exactly ({@link ExpectedMeetings}); the most times a pair met and the
     * worst deviation have no such closed form and are averaged over random seatings.
     */
    private String randomSeatingRow(BenchInstance instance, Layout layout) {
        var expected = ExpectedMeetings.underRandomSeating(layout.members(), layout.size());
        var sampled = Sample.of(layout, Seatings::random, seed, randomRuns);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | random seating | – | %.1f (expected) | %.1f (expected) | %.1f (mean of %d) |"
                        + " %.2f (mean of %d) | – |",
                instance.name(),
                instance.members(),
                instance.shape(),
                expected.repeatedPairs(),
                expected.consecutivePairs(),
                sampled.mostTimesMet(),
                randomRuns,
                sampled.worstDeviation(),
                randomRuns);
    }

    /** The rotation's meetings are the same however the first session was dealt; only its make-up varies. */
    private String rotationRow(BenchInstance instance, Layout layout) {
        var sampled = Sample.of(layout, Seatings::rotation, seed, randomRuns);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | random seating with rotation (mean of %d) | – | %.1f | %.1f | %.1f | %.2f | – |",
                instance.name(),
                instance.members(),
                instance.shape(),
                randomRuns,
                sampled.repeatedPairs(),
                sampled.consecutivePairs(),
                sampled.mostTimesMet(),
                sampled.worstDeviation());
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
                Sample.deviation(layout, tableOf));
    }
}
