package org.minipublic.sortition.algorithm;

import java.util.random.RandomGenerator;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * One way of choosing a panel. Randomness comes only from the generator passed in, seeded by the caller. When the
 * control's time limit stops it, an algorithm returns the best it has found (with {@link Outcome#stop()}) or, when it
 * has found nothing yet, lets {@link RunControl.Stopped} through.
 */
public sealed interface SelectionAlgorithm permits Leximin, Maximin, Nash, Legacy {

    Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control);

    static SelectionAlgorithm of(AlgorithmName name, int legacyRuns) {
        return switch (name) {
            case LEXIMIN -> new Leximin();
            case MAXIMIN -> new Maximin();
            case NASH -> new Nash();
            case LEGACY -> new Legacy(legacyRuns);
        };
    }
}
