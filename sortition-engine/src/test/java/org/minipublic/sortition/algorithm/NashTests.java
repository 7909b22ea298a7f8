package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.support.Instances;

/** NASH: the lottery with the largest product of chances, on the relaxed polytope or by column generation. */
class NashTests {

    @Test
    void columnGenerationReachesTheRelaxedOptimumWhereThatOneIsExact() {
        var reference = Instances.named("sf_fixture_150_22");
        var instance = Instance.of(reference.pool(), reference.targets(), 22);
        var groups = Groups.of(instance);

        var control = RunControl.unlimited();
        var relaxed = new Nash().run(instance, groups, Seeds.generator(3), control);
        var random = Seeds.generator(3);
        var search = new PanelSearch(instance, groups, random.nextLong(), control);
        var columns = new PanelColumns(groups, search);
        boolean[] possible = columns.possibleGroups(random, instance, control);
        columns.spread(random, new LocalSearch(instance, groups, control), possible, control);
        var generated = NashColumns.solve(groups, columns, possible, control);

        assertThat(logProduct(generated.chances())).isCloseTo(logProduct(relaxed.chances()), within(1e-4));
        for (int i = 0; i < relaxed.chances().length; i++) {
            assertThat(generated.chances()[i]).isCloseTo(relaxed.chances()[i], within(2e-3));
        }
    }

    @Test
    void aPoolWhoseRelaxedOptimumNeedsMissingPanelsGetsAValidLotteryThatBeatsLeximinOnTheProduct() {
        var reference = Instances.named("opendlp_example_100_20");
        var nash = select(reference, AlgorithmName.NASH);
        var leximin = select(reference, AlgorithmName.LEXIMIN);

        LotteryPropertiesTests.assertValidLottery(nash, reference.targets(), 20);
        double[] n = nash.chances();
        double[] l = leximin.chances();
        for (int i = 0; i < n.length; i++) {
            // who is on no panel has no chance in any lottery; who is on every panel is certain in every lottery
            if (l[i] < 1e-9 || l[i] > 1 - 1e-9) {
                assertThat(n[i]).isCloseTo(l[i], within(1e-6));
            }
        }
        assertThat(logProduct(n)).isGreaterThanOrEqualTo(logProduct(l) - 1e-6);
        assertThat(positiveMinimum(l)).isGreaterThanOrEqualTo(positiveMinimum(n) - 1e-6);
    }

    private static SelectionResult select(Instances.Reference reference, AlgorithmName algorithm) {
        return PanelSelector.select(SelectionProblem.of(reference.pool(), reference.targets(), reference.panelSize(), 5)
                .withAlgorithm(algorithm));
    }

    /** Σ log(chance) over everyone with a chance: what Nash maximises. */
    private static double logProduct(double[] chances) {
        return Arrays.stream(chances).filter(c -> c > 1e-9).map(Math::log).sum();
    }

    private static double positiveMinimum(double[] chances) {
        return Arrays.stream(chances).filter(c -> c > 1e-9).min().orElseThrow();
    }
}
