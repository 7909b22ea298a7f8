package org.minipublic.sortition;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.algorithm.Goldilocks;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.target.Targets;

/**
 * Everything a draw depends on. The same problem always gives the same result.
 *
 * @param lotterySize how many equally likely panels the lottery is rounded to (the transparent lottery)
 * @param panelNumber a panel number from 1 to {@code lotterySize} chosen in public (dice, a public random number);
 *     when {@code null}, the seed chooses it
 * @param legacyRuns for {@code legacy}: how many runs estimate the chances
 * @param gamma for {@code goldilocks}: the weight of the smallest chance against the largest
 * @param equalWithin for {@code goldilocks}: how far apart the chances of people with the same values in different
 *     households may be, or {@code null} for no such limit
 */
public record SelectionProblem(
        Pool pool,
        Targets targets,
        int panelSize,
        AlgorithmName algorithm,
        long seed,
        int lotterySize,
        @Nullable Integer panelNumber,
        int legacyRuns,
        double gamma,
        @Nullable Double equalWithin) {

    public static final int DEFAULT_LOTTERY_SIZE = 1000;
    public static final int DEFAULT_LEGACY_RUNS = 1000;
    public static final double DEFAULT_GAMMA = Goldilocks.DEFAULT_GAMMA;

    public SelectionProblem {
        Objects.requireNonNull(pool);
        Objects.requireNonNull(targets);
        Objects.requireNonNull(algorithm);
        if (panelSize < 1) {
            throw new IllegalArgumentException("the panel size must be at least 1, got " + panelSize);
        }
        if (lotterySize < 1) {
            throw new IllegalArgumentException("the lottery needs at least one panel, got " + lotterySize);
        }
        if (panelNumber != null && (panelNumber < 1 || panelNumber > lotterySize)) {
            throw new IllegalArgumentException(
                    "the panel number must be between 1 and " + lotterySize + ", got " + panelNumber);
        }
        Goldilocks.checkSettings(gamma, equalWithin);
    }

    /** A problem with Goldilocks' default settings (they matter only for {@code goldilocks}). */
    public SelectionProblem(
            Pool pool,
            Targets targets,
            int panelSize,
            AlgorithmName algorithm,
            long seed,
            int lotterySize,
            @Nullable Integer panelNumber,
            int legacyRuns) {
        this(pool, targets, panelSize, algorithm, seed, lotterySize, panelNumber, legacyRuns, DEFAULT_GAMMA, null);
    }

    public static SelectionProblem of(Pool pool, Targets targets, int panelSize, long seed) {
        return new SelectionProblem(
                pool, targets, panelSize, AlgorithmName.LEXIMIN, seed, DEFAULT_LOTTERY_SIZE, null, DEFAULT_LEGACY_RUNS);
    }

    public SelectionProblem withAlgorithm(AlgorithmName name) {
        return new SelectionProblem(
                pool, targets, panelSize, name, seed, lotterySize, panelNumber, legacyRuns, gamma, equalWithin);
    }

    /** The same problem with Goldilocks' settings. */
    public SelectionProblem withGoldilocks(double weight, @Nullable Double within) {
        return new SelectionProblem(
                pool, targets, panelSize, algorithm, seed, lotterySize, panelNumber, legacyRuns, weight, within);
    }
}
