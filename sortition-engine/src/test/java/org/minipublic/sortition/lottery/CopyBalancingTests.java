package org.minipublic.sortition.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moving copies between panels: counts stay rounded from m·probability, total m, and the seat error only falls. */
class CopyBalancingTests {

    @Test
    void keepsEveryCountRoundedFromItsShareAndNeverWorsensTheSeatError() {
        qt().withExamples(60)
                .withFixedSeed(11L)
                .forAll(longs().all(), integers().between(2, 40), integers().between(2, 12))
                .checkAssert((seed, panelCount, groupCount) -> {
                    var random = Seeds.generator(seed);
                    int[] sizes = new int[groupCount];
                    Arrays.setAll(sizes, t -> 1 + random.nextInt(5));
                    List<int[]> panels = new ArrayList<>();
                    double[] probabilities = new double[panelCount];
                    double sum = 0;
                    for (int p = 0; p < panelCount; p++) {
                        int[] panel = new int[groupCount];
                        Arrays.setAll(panel, t -> random.nextInt(sizes[t] + 1));
                        panels.add(panel);
                        probabilities[p] = random.nextDouble();
                        sum += probabilities[p];
                    }
                    for (int p = 0; p < panelCount; p++) {
                        probabilities[p] /= sum;
                    }
                    int m = 50 + random.nextInt(200);
                    int[] copies = TransparentLottery.copies(probabilities, m, random);
                    double before = seatError(panels, probabilities, sizes, copies);

                    CopyBalancing.balance(panels, probabilities, sizes, copies);

                    assertThat(Arrays.stream(copies).sum()).isEqualTo(m);
                    for (int p = 0; p < panelCount; p++) {
                        assertThat((double) copies[p])
                                .isBetween(Math.floor(probabilities[p] * m) - 1, Math.ceil(probabilities[p] * m) + 1);
                    }
                    assertThat(seatError(panels, probabilities, sizes, copies)).isLessThanOrEqualTo(before + 1e-9);
                });
    }

    @Test
    void undoesErrorsThatIndependentRoundingLetsAddUp() {
        // Group 0 sits only on the first two panels: rounding both up gives it a whole extra seat, which moving one
        // copy to a panel of group 1 removes.
        List<int[]> panels = List.of(new int[] {1, 0}, new int[] {1, 0}, new int[] {0, 1}, new int[] {0, 1});
        double[] probabilities = {0.255, 0.255, 0.245, 0.245};
        int[] copies = {3, 3, 2, 2}; // m = 10: group 0 gets 6 seats where 5.1 are expected
        CopyBalancing.balance(panels, probabilities, new int[] {1, 1}, copies);
        assertThat(copies[0] + copies[1]).isEqualTo(5);
        assertThat(Arrays.stream(copies).sum()).isEqualTo(10);
    }

    private static double seatError(List<int[]> panels, double[] probabilities, int[] sizes, int[] copies) {
        int m = Arrays.stream(copies).sum();
        double[] error = new double[sizes.length];
        for (int p = 0; p < panels.size(); p++) {
            for (int t = 0; t < sizes.length; t++) {
                error[t] += panels.get(p)[t] * (copies[p] - probabilities[p] * m);
            }
        }
        double total = 0;
        for (int t = 0; t < sizes.length; t++) {
            total += error[t] * error[t] / ((double) sizes[t] * sizes[t]);
        }
        return total;
    }
}
