package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.PanelSearch;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.support.Instances;
import org.minipublic.sortition.support.Instances.Reference;

/**
 * GOLDILOCKS: the lottery minimising (n/k)·largest chance + γ·(k/n)/smallest chance, checked against the optimum
 * computed over every valid panel of a small pool by an independent program, and against leximin on the reference
 * instances.
 */
class GoldilocksTests {

    static final List<Reference> INSTANCES = Instances.ALL;

    @Test
    void reachesTheOptimumComputedOverEveryValidPanel() {
        var reference = Instances.BRUTE_FORCE;
        var expected = Instances.bruteForceExpected();
        var result = select(reference, AlgorithmName.GOLDILOCKS);

        LotteryPropertiesTests.assertValidLottery(result, reference.targets(), 4);
        assertThat(objective(result, 1)).isCloseTo(expected.get("goldilocks_gamma_1_objective"), within(1e-6));
        // Here the optimum is a segment, not a point: where the least largest chance for a given smallest chance l
        // rises with slope 4, (n/k)·largest + (k/n)/l = 2.5·largest + 0.4/l is flat around l = 0.2. So the chances are
        // checked against the segment's ends only loosely, and the objective tightly.
        assertThat(result.report().smallestChance())
                .isCloseTo(expected.get("goldilocks_gamma_1_smallest_chance"), within(0.01));
        assertThat(result.report().largestChance())
                .isCloseTo(expected.get("goldilocks_gamma_1_largest_chance"), within(0.04));
        // On this pool Goldilocks gives up some of the best smallest chance to bring the largest down.
        assertThat(result.report().smallestChance()).isLessThan(expected.get("maximin_smallest_chance") - 0.01);
    }

    @Test
    void columnGenerationOverRealPanelsReachesTheSameOptimumAsTheRelaxedProgram() {
        for (var reference : List.of(Instances.BRUTE_FORCE, Instances.named("sf_fixture_150_22"))) {
            var instance = Instance.of(reference.pool(), reference.targets(), reference.panelSize());
            var groups = Groups.of(instance);
            var control = RunControl.unlimited();
            var goldilocks = new Goldilocks(1, null);
            var relaxed = goldilocks.run(instance, groups, Seeds.generator(3), control);
            var random = Seeds.generator(3);
            var columns = new PanelColumns(groups, new PanelSearch(instance, groups, random.nextLong(), control));
            // Only the few panels that show who can be selected: the panel search must find the rest.
            boolean[] possible = columns.possibleGroups(random, instance, control);
            int start = columns.size();
            var generated = goldilocks.overPanels(instance, groups, columns, possible, control);

            double fair = (double) reference.panelSize() / instance.n();
            assertThat(objective(generated.chances(), fair, 1))
                    .as(reference.name())
                    .isCloseTo(objective(relaxed.chances(), fair, 1), within(1e-5));
            if (reference != Instances.BRUTE_FORCE) {
                // the panel search priced new panels (a wrong sign on the duals would stop it at once, far off)
                assertThat(columns.size()).as(reference.name()).isGreaterThan(start);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("INSTANCES")
    void keepsTheLargestChanceCloserToTheSmallestThanLeximinAndTheSmallestWithinTheProvenFactor(Reference reference) {
        var goldilocks = select(reference, AlgorithmName.GOLDILOCKS);
        var leximin = select(reference, AlgorithmName.LEXIMIN);
        LotteryPropertiesTests.assertValidLottery(goldilocks, reference.targets(), reference.panelSize());

        double fair = goldilocks.report().fairShare();
        double gMin = positiveMinimum(goldilocks.chances()) / fair;
        double gMax = goldilocks.report().largestInFairShares();
        double lMin = positiveMinimum(leximin.chances()) / fair;
        double lMax = leximin.report().largestInFairShares();
        assertThat(objective(goldilocks, 1)).isLessThanOrEqualTo(objective(leximin, 1) + 1e-6);
        assertThat(gMax / gMin).isLessThanOrEqualTo(lMax / lMin + 1e-6);
        // docs/selection.md: with γ = 1, min ≥ γ / (lMax − 1 + γ / lMin) in units of k/n, from optimality.
        assertThat(gMin).isGreaterThanOrEqualTo(1 / (lMax - 1 + 1 / lMin) - 1e-6);
    }

    @Test
    void aLargerGammaRaisesTheSmallestChance() {
        var reference = Instances.named("sf_fixture_150_22");
        var one = select(reference, AlgorithmName.GOLDILOCKS);
        var ten = PanelSelector.select(
                problem(reference, AlgorithmName.GOLDILOCKS).withGoldilocks(10, null));
        var tiny = PanelSelector.select(
                problem(reference, AlgorithmName.GOLDILOCKS).withGoldilocks(0.01, null));

        assertThat(ten.report().smallestChance())
                .isGreaterThanOrEqualTo(one.report().smallestChance() - 1e-9);
        assertThat(tiny.report().largestChance())
                .isLessThanOrEqualTo(one.report().largestChance() + 1e-9);
        assertThat(tiny.report().smallestChance()).isLessThan(ten.report().smallestChance());
    }

    @Test
    void peopleWithTheSameValuesInDifferentHouseholdsGetChancesWithinTheStatedDistance() {
        var reference = Instances.named("synth_300_30_s2_hh");
        var result = PanelSelector.select(
                problem(reference, AlgorithmName.GOLDILOCKS).withGoldilocks(1, 0.001));

        LotteryPropertiesTests.assertValidLottery(result, reference.targets(), reference.panelSize());
        Map<List<String>, double[]> range = new HashMap<>();
        var pool = reference.pool();
        for (int i = 0; i < pool.size(); i++) {
            double chance = result.chances()[i];
            if (chance > 1e-9) {
                range.merge(pool.get(i).values(), new double[] {chance, chance}, (a, b) ->
                        new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }
        assertThat(range.values()).allSatisfy(r -> assertThat(r[1] - r[0]).isLessThanOrEqualTo(0.001 + 1e-7));
    }

    @Test
    void rejectsAGammaThatIsNotPositive() {
        var reference = Instances.BRUTE_FORCE;
        var problem = problem(reference, AlgorithmName.GOLDILOCKS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> problem.withGoldilocks(0, null))
                .hasMessageContaining("gamma must be a positive number");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> problem.withGoldilocks(1, 1.5))
                .hasMessageContaining("equal-within must be a chance between 0 and 1");
    }

    private static SelectionResult select(Reference reference, AlgorithmName algorithm) {
        return PanelSelector.select(problem(reference, algorithm));
    }

    private static SelectionProblem problem(Reference reference, AlgorithmName algorithm) {
        return SelectionProblem.of(reference.pool(), reference.targets(), reference.panelSize(), 7)
                .withAlgorithm(algorithm);
    }

    /** Goldilocks' objective over the people who can be selected at all. */
    static double objective(SelectionResult result, double gamma) {
        return objective(result.chances(), result.report().fairShare(), gamma);
    }

    private static double objective(double[] chances, double fair, double gamma) {
        double largest = Arrays.stream(chances).max().orElseThrow();
        return largest / fair + gamma * fair / positiveMinimum(chances);
    }

    private static double positiveMinimum(double[] chances) {
        return Arrays.stream(chances).filter(c -> c > 1e-9).min().orElseThrow();
    }
}
