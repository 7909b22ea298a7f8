package org.minipublic.sortition.algorithm;

import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * One way of choosing a panel. Randomness comes only from the generator passed in, seeded by the caller. When the
 * control's time limit stops it, an algorithm returns the best it has found (with {@link Outcome#stop()}) or, when it
 * has found nothing yet, lets {@link RunControl.Stopped} through.
 */
public sealed interface SelectionAlgorithm permits Leximin, Maximin, Nash, Goldilocks, Uniform, MaxEntropy, Legacy {

    Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control);

    /**
     * @param lotterySize how many equally likely panels the lottery is rounded to
     * @param legacyRuns for legacy: how many runs estimate the chances
     * @param gamma for Goldilocks: the weight of the smallest chance against the largest
     * @param equalWithin for Goldilocks: how far apart the chances of people with the same values may be, or
     *     {@code null} for no limit beyond the one groups give
     */
    static SelectionAlgorithm of(
            AlgorithmName name, int lotterySize, int legacyRuns, double gamma, @Nullable Double equalWithin) {
        return switch (name) {
            case LEXIMIN -> new Leximin(lotterySize);
            case MAXIMIN -> new Maximin();
            case NASH -> new Nash();
            case GOLDILOCKS -> new Goldilocks(gamma, equalWithin);
            case UNIFORM -> new Uniform();
            case MAXENTROPY -> new MaxEntropy(lotterySize);
            case LEGACY -> new Legacy(legacyRuns);
        };
    }
}
