package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The algorithms by the names the command line and the draw record use. */
public enum AlgorithmName {
    LEXIMIN,
    MAXIMIN,
    NASH,
    GOLDILOCKS,
    UNIFORM,
    MAXENTROPY,
    LEGACY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlgorithmName parse(String name) {
        for (var algorithm : values()) {
            if (algorithm.id().equalsIgnoreCase(name.trim())) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "' (expected one of "
                + Arrays.stream(values()).map(AlgorithmName::id).collect(Collectors.joining(", ")) + ")");
    }
}
