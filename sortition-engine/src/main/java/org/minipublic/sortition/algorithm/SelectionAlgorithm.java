package org.minipublic.sortition.algorithm;

import java.util.random.RandomGenerator;
import org.minipublic.sortition.ProgressListener;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/** One way of choosing a panel. Randomness comes only from the generator passed in, seeded by the caller. */
public sealed interface SelectionAlgorithm permits Leximin, Maximin, Nash, Legacy {

    Outcome run(Instance instance, Groups groups, RandomGenerator random, ProgressListener progress);

    static SelectionAlgorithm of(AlgorithmName name, int legacyRuns) {
        return switch (name) {
            case LEXIMIN -> new Leximin();
            case MAXIMIN -> new Maximin();
            case NASH -> new Nash();
            case LEGACY -> new Legacy(legacyRuns);
        };
    }
}
