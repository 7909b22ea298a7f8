package org.minipublic.sortition.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.tableio.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time the engine on the instances of a manifest (name,categories,people,panel_size,"
                + "address_columns with paths relative to the manifest) and print the wall time from reading the"
                + " files to the drawn panel (fastest run) and the part spent reading, panels in the lottery,"
                + " solver calls, peak heap and smallest chance; with --reference, also time the Python reference"
                + " implementation on the same machine and print the ratio.")
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description = "Instances to run (default: bench/instances/manifest.csv in sortition-cli, from the"
                    + " repository root or that folder).")
    @org.jspecify.annotations.Nullable
    Path manifest;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Run only these instances.")
    List<String> only = List.of();

    @Option(names = "--algorithm", defaultValue = "leximin", paramLabel = "NAME", description = "Algorithm to time.")
    String algorithm;

    @Option(
            names = "--runs",
            defaultValue = "3",
            paramLabel = "N",
            description = "Runs per instance; the fastest counts (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--reference",
            paramLabel = "SCRIPT",
            description = "Path to the reference leximin_ref.py (needs python3 with scipy) to time alongside.")
    Path reference;

    @Option(
            names = "--reference-timeout",
            defaultValue = "3600",
            paramLabel = "SECONDS",
            description = "Stop a reference run after this long (default ${DEFAULT-VALUE}).")
    long referenceTimeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path file = manifest();
        var table = TextFiles.table(file);
        Path base = file.toAbsolutePath().resolveSibling("");
        out.println("instance                  respondents panel groups   time_s   read_s  panels  solver_calls"
                + "  peak_heap_mb  smallest_chance  reference_s  ratio");
        for (var row : table.rows()) {
            if (only.isEmpty() || only.contains(row.cell(0))) {
                out.println(line(base, row));
                out.flush();
            }
        }
        return 0;
    }

    /** The manifest given, or the command line's own, from the repository root or sortition-cli. */
    private Path manifest() {
        if (manifest == null) {
            manifest = Path.of("bench/instances/manifest.csv");
            if (!java.nio.file.Files.exists(manifest)) {
                manifest = Path.of("sortition-cli").resolve(manifest);
            }
        }
        return manifest;
    }

    /** One instance of the manifest, measured, and the reference timed when asked. */
    private String line(Path base, Table.Row row) throws IOException, InterruptedException {
        Path categories = base.resolve(row.cell(1)).normalize();
        Path people = base.resolve(row.cell(2)).normalize();
        int panelSize = Integer.parseInt(row.cell(3));
        List<String> addresses =
                row.cell(4).isEmpty() ? List.of() : List.of(row.cell(4).split(";"));
        var measured = measure(categories, people, panelSize, addresses);
        String referenceTime = "";
        String ratio = "";
        if (reference != null) {
            double seconds = runReference(categories, people, panelSize, addresses);
            referenceTime = seconds < 0 ? ">" + referenceTimeout : String.format(Locale.ROOT, "%.1f", seconds);
            ratio = String.format(
                    Locale.ROOT,
                    seconds < 0 ? ">%.0f" : "%.1f",
                    (seconds < 0 ? referenceTimeout : seconds) / measured.seconds());
        }
        return String.format(
                Locale.ROOT,
                "%-25s %11d %5d %6d %8.2f %8.3f %7d %13d %13.0f %16.4f %12s %6s",
                row.cell(0),
                measured.respondents(),
                panelSize,
                measured.groups(),
                measured.seconds(),
                measured.readingSeconds(),
                measured.panels(),
                measured.solverCalls(),
                measured.peakHeapMb(),
                measured.smallestChance(),
                referenceTime,
                ratio);
    }

    /** Where the clock and the files come from; tests replace them. */
    LongSupplier clock = System::nanoTime;

    Function<Path, Table> tables = TextFiles::table;

    /** The fastest of the runs, each timed from reading the files to the drawn panel, as docs/selection.md says. */
    Measured measure(Path categories, Path people, int panelSize, List<String> addresses) {
        resetPeaks();
        Measured best = drawFromFiles(categories, people, panelSize, addresses);
        for (int run = 1; run < runs; run++) {
            resetPeaks();
            var measured = drawFromFiles(categories, people, panelSize, addresses);
            if (measured.seconds() < best.seconds()) {
                best = measured;
            }
        }
        return best;
    }

    private Measured drawFromFiles(Path categories, Path people, int panelSize, List<String> addresses) {
        long start = clock.getAsLong();
        var targets = TargetsReader.read(tables.apply(categories));
        var pool = PeopleReader.read(tables.apply(people), targets, null, addresses);
        long read = clock.getAsLong();
        var problem = SelectionProblem.of(pool, targets, panelSize, 1).withAlgorithm(AlgorithmName.parse(algorithm));
        var result = PanelSelector.select(problem);
        long end = clock.getAsLong();
        return new Measured(
                pool.size(),
                result.statistics().groups(),
                (end - start) / 1e9,
                (read - start) / 1e9,
                result.distribution() == null
                        ? 0
                        : result.distribution().panels().size(),
                result.statistics().solverCalls(),
                peakHeapMb(),
                Arrays.stream(result.chances()).min().orElse(0));
    }

    /** Wall time of the reference implementation in seconds, or -1 when it hit the time-out. */
    private double runReference(Path categories, Path people, int panelSize, List<String> addresses)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "python3",
                reference.toString(),
                categories.toString(),
                people.toString(),
                Integer.toString(panelSize),
                "1"));
        if (!addresses.isEmpty()) {
            command.add("--address-columns");
            command.add(String.join(",", addresses));
        }
        long start = System.nanoTime();
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(referenceTimeout, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "the reference implementation failed with exit code " + process.exitValue());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                / (1024.0 * 1024.0);
    }

    /**
     * @param seconds from reading the files to the drawn panel
     * @param readingSeconds the part of it spent reading the files
     */
    record Measured(
            int respondents,
            int groups,
            double seconds,
            double readingSeconds,
            int panels,
            int solverCalls,
            double peakHeapMb,
            double smallestChance) {}
}
