package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.SelectionOptions;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import picocli.CommandLine.Option;

/** How the lottery is computed and rounded, and for how long: shared by {@code select} and {@code replace}. */
final class LotteryOptions {

    @Option(
            names = "--algorithm",
            defaultValue = "leximin",
            paramLabel = "NAME",
            description =
                    "leximin (default), maximin, nash, goldilocks, uniform (one valid panel uniformly at random) or legacy.")
    String algorithm;

    @Option(
            names = "--gamma",
            defaultValue = "" + SelectionProblem.DEFAULT_GAMMA,
            paramLabel = "G",
            description = "For goldilocks: the weight of the smallest chance against the largest (default"
                    + " ${DEFAULT-VALUE}, as in Baharav and Flanigan); larger raises the smallest chance, smaller lowers"
                    + " the largest.")
    double gamma;

    @Option(
            names = "--equal-within",
            paramLabel = "EPS",
            description = "For goldilocks: people with the same value in every category but different households get"
                    + " chances at most EPS apart (people outside households with the same values always get the"
                    + " same chance).")
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

    AlgorithmName algorithm() {
        return AlgorithmName.parse(algorithm);
    }

    /** The problem with the Goldilocks settings given (they matter only for goldilocks). */
    SelectionProblem goldilocks(SelectionProblem problem) {
        return problem.withGoldilocks(gamma, equalWithin);
    }

    /** Progress goes to standard error. */
    SelectionOptions options(PrintWriter err) {
        var options = SelectionOptions.DEFAULT.withProgress(new StderrProgress(err));
        return timeLimit == null ? options : options.withTimeLimit(Duration.ofMillis(Math.round(timeLimit * 1000)));
    }
}
