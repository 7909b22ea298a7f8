package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.counting.MaxEntropyPanels;
import org.minipublic.sortition.counting.PanelCount;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * MAXENTROPY (de Azevedo and Gölz, "Maximally random sortition", arXiv 2604.02712, their FairMaxEntropy): everyone gets
 * leximin's chance of selection (to within the fit's error, see below), and among all lotteries that give those
 * chances the panel is drawn from the most random one, which spreads the draw over as many valid panels as it can instead of the few hundred a leximin lottery
 * uses. Needs the valid panels counted, so it reaches only as far as {@code uniform} does; and chances on the edge of
 * what valid panels allow are met to within {@link #TOLERANCE} or as closely as {@link #MAX_ITERATIONS} fitting rounds
 * get (about 10⁻⁴ on the 27-panel test pool, where some chances end that much below leximin's; the chances reported
 * are those of the lottery actually drawn from). When the time limit cuts leximin short, the outcome
 * is leximin's best lottery found, marked unfinished, as a leximin draw's would be.
 */
public final class MaxEntropy implements SelectionAlgorithm {

    /** How far a person's chance may end from leximin's. */
    public static final double TOLERANCE = 1e-6;

    /** Fitting rounds before giving up on the tolerance. */
    public static final int MAX_ITERATIONS = 2_000;

    private final int lotterySize;

    public MaxEntropy(int lotterySize) {
        this.lotterySize = lotterySize;
    }

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        // Counting first: a pool too large to count is refused before leximin's work.
        control.phase("counting the valid panels");
        var count = PanelCount.of(instance, groups, PanelCount.DEFAULT_MAX_STATES, control);
        var fair = new Leximin(lotterySize, Integer.MAX_VALUE).run(instance, groups, random, control);
        if (fair.stop() != null) {
            return fair;
        }
        control.phase("fitting the most random lottery to leximin's chances");
        double[] targetSeats = new double[groups.count()];
        for (int g = 0; g < groups.count(); g++) {
            targetSeats[g] = fair.chances()[groups.members()[g][0]] * groups.size(g);
        }
        var lottery = MaxEntropyPanels.fit(count, targetSeats, TOLERANCE, MAX_ITERATIONS, control);
        control.progress(String.format(
                Locale.ROOT,
                "Most random lottery with leximin's chances: %.1f bits of randomness (all %s valid panels alike:"
                        + " %.1f bits), chances within %.1e of leximin's after %d rounds",
                lottery.entropyBits(),
                PanelCount.readable(count.total()),
                log2(count.total()),
                lottery.largestChanceError(),
                lottery.iterations()));
        int[] panel = lottery.sample(random);
        return new Outcome(
                null,
                lottery.chances(),
                Arrays.stream(panel).boxed().toList(),
                fair.panelsGenerated(),
                fair.solverCalls(),
                0,
                null,
                count.total());
    }

    private static double log2(java.math.BigInteger value) {
        int excess = Math.max(0, value.bitLength() - 1000);
        return StrictMath.log(value.shiftRight(excess).doubleValue()) / StrictMath.log(2) + excess;
    }
}
