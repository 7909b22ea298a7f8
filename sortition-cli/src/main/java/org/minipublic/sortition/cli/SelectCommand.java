package org.minipublic.sortition.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.ValidPanels;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.io.ResultWriter;
import org.minipublic.sortition.report.PairCoverage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "select",
        mixinStandardHelpOptions = true,
        description =
                "Draw a panel. Writes selected.csv, remaining.csv, reserves.csv, probabilities.csv, report.csv, report.html"
                        + " and draw.json (the record from which anyone can re-run and verify the draw).")
final class SelectCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--panel-size", required = true, paramLabel = "K", description = "Seats on the panel.")
    int panelSize;

    @Option(
            names = "--seed",
            required = true,
            paramLabel = "N",
            description = "Seed of the lottery (any whole number).")
    long seed;

    @Mixin
    LotteryOptions lottery;

    @Option(
            names = "--panel-number",
            paramLabel = "J",
            description = "Take panel J (1..M) of the rounded lottery, chosen in public (dice, a public random"
                    + " number); without it the seed chooses.")
    Integer panelNumber;

    @Option(
            names = "--legacy-runs",
            paramLabel = "R",
            description = "Only with --algorithm legacy: runs that estimate the chances (default "
                    + SelectionProblem.DEFAULT_LEGACY_RUNS + ").")
    @Nullable
    Integer legacyRuns;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the output files.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var algorithm = lottery.algorithm();
        LotteryOptions.onlyFor(AlgorithmName.LEGACY, algorithm, "--legacy-runs", legacyRuns);
        var read = inputs.read();
        var problem = lottery.goldilocks(new SelectionProblem(
                read.pool(),
                read.targets(),
                panelSize,
                algorithm,
                seed,
                lottery.lotterySize,
                panelNumber,
                legacyRuns == null ? SelectionProblem.DEFAULT_LEGACY_RUNS : legacyRuns));
        var result =
                PanelSelector.select(problem, lottery.options(spec.commandLine().getErr()));
        ResultWriter.write(result, read.settings(), out);
        var report = result.report();
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Selected %d of %d respondents (%s, seed %d%s). Chances: smallest %.4f, mean %.4f, largest %.4f"
                                + " (%.2f to %.2f times the fair share k/n).%n"
                                + "The panel has %.0f %% of the combinations of two categories' values found in the pool.%n"
                                + "Results in %s%n",
                        result.panel().size(),
                        read.pool().size(),
                        problem.algorithm().id(),
                        seed,
                        drawn(result),
                        report.smallestChance(),
                        report.meanChance(),
                        report.largestChance(),
                        report.smallestInFairShares(),
                        report.largestInFairShares(),
                        100 * PairCoverage.overall(report.pairs()),
                        out.toAbsolutePath());
        return StopNotice.print(result, spec.commandLine().getOut());
    }

    private static String drawn(SelectionResult result) {
        var lottery = result.lottery();
        var valid = result.statistics().validPanels();
        if (lottery != null) {
            return ", panel " + result.panelNumber() + " of " + lottery.size();
        }
        return valid == null ? "" : ", one of " + ValidPanels.readable(valid) + " valid panels";
    }
}
