package org.minipublic.app.selection;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.InvalidInputException;

/**
 * What an organiser chooses before a draw.
 *
 * @param algorithm the engine's name for the fairness rule: leximin (the default), goldilocks, uniform, maxentropy,
 *     maximin, nash or legacy
 * @param seed the number that decides the draw, typed in (for example announced in advance, or from dice thrown in
 *     public); {@code null} to let the app pick one at random and record it
 * @param witnesses the people who watched the draw, as they want to be named in its public record
 */
public record DrawSettings(String algorithm, @Nullable Long seed, List<String> witnesses) {

    public static final List<String> ALGORITHMS =
            List.of("leximin", "goldilocks", "uniform", "maxentropy", "maximin", "nash", "legacy");
    public static final int MAX_WITNESSES = 10;
    public static final int MAX_WITNESS_NAME = 100;

    public DrawSettings {
        algorithm = algorithm.strip().toLowerCase(Locale.ROOT);
        witnesses =
                witnesses.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        if (!ALGORITHMS.contains(algorithm)) {
            throw new InvalidInputException("algorithm", "selection.draw.algorithm.invalid");
        }
        if (seed != null && seed < 0) {
            throw new InvalidInputException("seed", "selection.draw.seed.invalid");
        }
        if (witnesses.size() > MAX_WITNESSES
                || witnesses.stream()
                        .anyMatch(
                                w -> w.length() > MAX_WITNESS_NAME || w.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException(
                    "witnesses", "selection.draw.witnesses.invalid", MAX_WITNESSES, MAX_WITNESS_NAME);
        }
    }
}
