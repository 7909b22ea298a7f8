package org.minipublic.grouping.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.jspecify.annotations.Nullable;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.io.MembersReader;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.report.Deviation;
import org.minipublic.grouping.report.Meetings;
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
                    + " folder, from the repository root or the engine's folder).")
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
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        out.println("| instance | people | tables × sessions | method | seconds | repeated pairs | consecutive |"
                + " most times met | worst deviation | status |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        Path instances = this.instances;
        if (instances == null) {
            instances = Path.of("bench/instances");
            if (!Files.exists(instances)) {
                instances = Path.of("grouping-engine").resolve(instances);
            }
        }
        Table manifest = TableReader.read(instances.resolve("manifest.csv"));
        for (var row : manifest.rows()) {
            String name = row.cell(0);
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            String idColumn = row.cell(2);
            List<String> diversify = List.of(row.cell(3).split(";"));
            List<String> cluster = manifest.column("cluster")
                    .map(row::cell)
                    .filter(c -> !c.isBlank())
                    .map(c -> List.of(c.split(";")))
                    .orElse(List.of());
            List<String> attributes = new java.util.ArrayList<>(diversify);
            attributes.addAll(cluster);
            int tableSize = Integer.parseInt(row.cell(4));
            int sessions = Integer.parseInt(row.cell(5));
            var people =
                    MembersReader.read(TableReader.read(instances.resolve(row.cell(1))), idColumn, null, attributes);
            var tables = GroupingProblem.tablesForSize(people.size(), tableSize, sessions);
            var problem = new GroupingProblem(
                    people,
                    List.of(),
                    diversify,
                    cluster,
                    tables,
                    Rules.none(),
                    Map.of(),
                    seed,
                    Duration.ofMillis((long) (timeLimit * 1000)),
                    band);
            String shape = tables.get(0) + " × " + sessions;
            var result = GroupAllocator.allocate(problem);
            var q = result.quality();
            out.printf(
                    "| %s | %d | %s | minipublic | %.2f | %d (bound %d) | %d (bound %d) | %d | %.2f | %s |%n",
                    name,
                    people.size(),
                    shape,
                    q.seconds(),
                    q.repeatedPairs(),
                    q.repeatedPairsBound(),
                    q.consecutivePairs(),
                    q.consecutivePairsBound(),
                    q.mostTimesMet(),
                    q.worstDeviationOverall(),
                    q.status().name().toLowerCase(java.util.Locale.ROOT));
            var layout = result.layout();
            out.println(baseline(name, shape, layout, "random seating", BenchCommand::randomSeating));
            out.println(baseline(name, shape, layout, "random seating with rotation", BenchCommand::rotation));
            if (external != null) {
                try (var files = Files.list(external)) {
                    for (Path file : files.filter(
                                    f -> f.getFileName().toString().startsWith(name + "."))
                            .sorted()
                            .toList()) {
                        out.println(externalPlan(name, people.size(), shape, layout, problem, file));
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    /** Everyone shuffled and dealt round the tables afresh each session. */
    private static int[][] randomSeating(Layout layout, RandomGenerator random) {
        int n = layout.members();
        int[][] tableOf = new int[layout.sessions()][n];
        for (int s = 0; s < tableOf.length; s++) {
            int[] order = shuffled(n, random);
            for (int i = 0; i < n; i++) {
                tableOf[s][order[i]] = i % layout.tables()[s];
            }
        }
        return tableOf;
    }

    /**
     * The rotation facilitators use by hand: everyone dealt at random in the first session, then whoever sits in place
     * j at a table moves on j tables each session (the first stays, the second moves one table on, and so on).
     */
    private static int[][] rotation(Layout layout, RandomGenerator random) {
        int n = layout.members();
        int[] order = shuffled(n, random);
        int[][] tableOf = new int[layout.sessions()][n];
        for (int s = 0; s < tableOf.length; s++) {
            int tables = layout.tables()[s];
            for (int seat = 0; seat < n; seat++) {
                tableOf[s][order[seat]] = (seat % tables + s * (seat / tables)) % tables;
            }
        }
        return tableOf;
    }

    /** A seating method's figures, averaged over several seeds. */
    private String baseline(
            String name,
            String shape,
            Layout layout,
            String method,
            java.util.function.BiFunction<Layout, RandomGenerator, int[][]> seating) {
        RandomGenerator random =
                RandomGeneratorFactory.of(GroupAllocator.RANDOM_ALGORITHM).create(seed);
        int n = layout.members();
        double repeats = 0;
        double consecutive = 0;
        double most = 0;
        double deviation = 0;
        for (int run = 0; run < randomRuns; run++) {
            int[][] tableOf = seating.apply(layout, random);
            var meetings = Meetings.count(n, tableOf);
            repeats += meetings.repeatedPairs();
            consecutive += meetings.consecutivePairs();
            most += meetings.mostTimesMet();
            deviation += worstDeviation(layout, tableOf);
        }
        return String.format(
                java.util.Locale.ROOT,
                "| %s | %d | %s | %s (mean of %d) | – | %.1f | %.1f | %.1f | %.2f | – |",
                name,
                n,
                shape,
                method,
                randomRuns,
                repeats / randomRuns,
                consecutive / randomRuns,
                most / randomRuns,
                deviation / randomRuns);
    }

    private String externalPlan(String name, int n, String shape, Layout layout, GroupingProblem problem, Path file) {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < n; p++) {
            index.put(problem.members().get(p).id().value(), p);
        }
        var table = TableReader.read(file);
        int[][] tableOf = new int[layout.sessions()][n];
        for (int[] row : tableOf) {
            Arrays.fill(row, -1);
        }
        for (var row : table.rows()) {
            int s = Integer.parseInt(row.cell(0)) - 1;
            tableOf[s][index.get(row.cell(2))] = Integer.parseInt(row.cell(1)) - 1;
        }
        var meetings = Meetings.count(n, tableOf);
        String tool = file.getFileName().toString().substring(name.length() + 1).replaceFirst("\\.csv$", "");
        return String.format(
                java.util.Locale.ROOT,
                "| %s | %d | %s | %s | – | %d | %d | %d | %.2f | – |",
                name,
                n,
                shape,
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

    private static int[] shuffled(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
