package org.minipublic.sortition.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.support.Instances;

/** The rounded lottery: equally likely concrete panels whose frequencies stay close to the exact chances. */
class TransparentLotteryTests {

    @Test
    void roundsToTheRequestedNumberOfPanelsAndChangesNoChanceByMuch() {
        var instance = Instances.named("sf_fixture_150_22");
        var problem = new SelectionProblem(
                instance.pool(),
                instance.targets(),
                22,
                AlgorithmName.LEXIMIN,
                3,
                500,
                null,
                SelectionProblem.DEFAULT_LEGACY_RUNS);
        var result = PanelSelector.select(problem);
        var lottery = result.lottery();

        assertThat(lottery.size()).isEqualTo(500);
        assertThat(lottery.panels())
                .allSatisfy(panel -> assertThat(Arrays.stream(panel).distinct()).hasSize(22));
        for (int i = 0; i < result.chances().length; i++) {
            double frequency = (double) lottery.timesSelected()[i] / lottery.size();
            assertThat(Math.abs(frequency - result.chances()[i])).isLessThanOrEqualTo(lottery.largestChange() + 1e-12);
        }
        // Rounding moves each group's seats by at most one panel, spread over its members.
        assertThat(lottery.largestChange()).isLessThan(3.0 / lottery.size());
    }

    @Test
    void aPublicPanelNumberChoosesThePanel() {
        var instance = Instances.named("pgoelz_example_small_20");
        var base = SelectionProblem.of(instance.pool(), instance.targets(), 20, 11);
        var chosen = new SelectionProblem(
                base.pool(), base.targets(), 20, AlgorithmName.LEXIMIN, 11, 1000, 17, base.legacyRuns());
        var result = PanelSelector.select(chosen);
        assertThat(result.panelNumber()).isEqualTo(17);
        assertThat(result.panel().stream().mapToInt(c -> c.row() - 1).toArray())
                .containsExactly(result.lottery().panels().get(16));
    }

    @Test
    void pipageRoundingKeepsTheTotalAndMakesWholeNumbers() {
        double[] fractions = {0.25, 0.5, 0.75, 0.5, 0.999999, 0.000001};
        int[] rounded = PipageRounding.round(fractions, Seeds.generator(5));
        assertThat(Arrays.stream(rounded).sum()).isEqualTo(3);
        assertThat(Arrays.stream(rounded).boxed()).allSatisfy(r -> assertThat(r).isBetween(0, 1));
    }

    @Test
    void theSeededGeneratorIsTheSameOnEveryRun() {
        assertThat(Seeds.generator(2024).nextLong())
                .isEqualTo(Seeds.generator(2024).nextLong());
        assertThat(Seeds.generator(2024).nextLong())
                .isNotEqualTo(Seeds.generator(2025).nextLong());
    }
}
