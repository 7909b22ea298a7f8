package org.minipublic.sortition.cli;

import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import picocli.CommandLine.Option;

/** How the lottery is computed and rounded: shared by {@code select} and {@code replace}. */
final class LotteryOptions {

    @Option(
            names = "--algorithm",
            defaultValue = "leximin",
            paramLabel = "NAME",
            description = "leximin (default), maximin, nash or legacy.")
    String algorithm;

    @Option(
            names = "--lottery-size",
            defaultValue = "" + SelectionProblem.DEFAULT_LOTTERY_SIZE,
            paramLabel = "M",
            description = "Round the lottery to M equally likely panels (default ${DEFAULT-VALUE}).")
    int lotterySize;

    AlgorithmName algorithm() {
        return AlgorithmName.parse(algorithm);
    }
}
