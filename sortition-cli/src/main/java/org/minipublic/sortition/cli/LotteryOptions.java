package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.SelectionOptions;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.tableio.InputException;
import picocli.CommandLine.Option;

/** How the lottery is computed and rounded, and for how long: shared by {@code select} and {@code replace}. */
final class LotteryOptions {

    @Option(
            names = "--algorithm",
            defaultValue = "leximin",
            paramLabel = "NAME",
            description = "leximin (default), maximin, nash, goldilocks, uniform (one valid panel uniformly at random),"
                    + " maxentropy (leximin's chances, drawn from the most random lottery that gives them)"
                    + " or legacy.")
    String algorithm;

    @Option(
            names = "--gamma",
            paramLabel = "G",
            description = "Only with --algorithm goldilocks: the weight of the smallest chance against the largest"
                    + " (default " + SelectionProblem.DEFAULT_GAMMA + ", as in Baharav and Flanigan); larger raises the"
                    + " smallest chance, smaller lowers the largest.")
    @Nullable
    Double gamma;

    @Option(
            names = "--equal-within",
            paramLabel = "EPS",
            description = "Only with --algorithm goldilocks: people with the same value in every category but"
                    + " different households get chances at most EPS apart (people outside households with the same"
                    + " values always get the same chance).")
    @Nullable
    Double equalWithin;

    @Option(
            names = "--lottery-size",
            defaultValue = "" + SelectionProblem.DEFAULT_LOTTERY_SIZE,
            paramLabel = "M",
            description = "Round the lottery to M equally likely panels (default ${DEFAULT-VALUE}).")
    int lotterySize;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            description = "Stop after this many seconds with the fairest lottery over the panels found so far, and"
                    + " say how far its smallest chance may be from the best (exit code 5). Without it the"
                    + " computation runs until it finishes; it reports progress, and Ctrl-C stops it.")
    @Nullable
    Double timeLimit;

    /**
     * @throws InputException when Goldilocks' settings are given with another algorithm, which would ignore them
     */
    AlgorithmName algorithm() {
        var name = AlgorithmName.parse(algorithm);
        onlyFor(AlgorithmName.GOLDILOCKS, name, "--gamma", gamma);
        onlyFor(AlgorithmName.GOLDILOCKS, name, "--equal-within", equalWithin);
        return name;
    }

    /** Refuses an option that only one algorithm reads, rather than ignore it without a word. */
    static void onlyFor(AlgorithmName reader, AlgorithmName chosen, String option, @Nullable Object value) {
        if (value != null && chosen != reader) {
            throw InputException.of(
                    option,
                    "applies only to --algorithm " + reader.id() + ", not to " + chosen.id() + "; leave it out");
        }
    }

    /** The problem with the Goldilocks settings given (they matter only for goldilocks). */
    SelectionProblem goldilocks(SelectionProblem problem) {
        return problem.withGoldilocks(gamma == null ? SelectionProblem.DEFAULT_GAMMA : gamma, equalWithin);
    }

    /** Progress goes to standard error. */
    SelectionOptions options(PrintWriter err) {
        var options = SelectionOptions.DEFAULT.withProgress(new StderrProgress(err));
        return timeLimit == null ? options : options.withTimeLimit(Duration.ofMillis(Math.round(timeLimit * 1000)));
    }
}
