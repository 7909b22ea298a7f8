package org.minipublic.sortition.lottery;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The engine's only source of randomness: a named, seeded generator whose sequence is fixed by its specification
 * (L64X128MixRandom), so the same seed gives the same draw on every machine and Java version.
 */
public final class Seeds {

    public static final String ALGORITHM = "L64X128MixRandom";

    private Seeds() {}

    public static RandomGenerator generator(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }
}
