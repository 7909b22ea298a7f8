package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.report.DrawRecord;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.sortition.support.RandomInstances;
import org.minipublic.sortition.target.Targets;

/** Properties every fair lottery has, checked on many random pools (QuickTheories). */
public class LotteryPropertiesTests {

    @Test
    void everyPanelMeetsEveryTargetAndTheHouseholdRuleAndChancesSumToThePanelSize() {
        qt().withExamples(40)
                .withFixedSeed(20261125L)
                .forAll(
                        longs().all(),
                        integers().between(15, 60),
                        integers().between(3, 9),
                        integers().between(1, 3))
                .checkAssert((seed, poolSize, panelSize, categories) -> {
                    var problem = RandomInstances.generate(seed, poolSize, panelSize, categories, true);
                    if (!FeasibilityCheck.check(problem.pool(), problem.targets(), panelSize)
                            .feasible()) {
                        return;
                    }
                    for (var algorithm :
                            List.of(AlgorithmName.LEXIMIN, AlgorithmName.MAXIMIN, AlgorithmName.GOLDILOCKS)) {
                        var result = select(problem, seed, algorithm);
                        assertValidLottery(result, problem.targets(), panelSize);
                    }
                });
    }

    @Test
    void theSameSeedGivesTheSameDrawRecordByteForByte() {
        qt().withExamples(10)
                .withFixedSeed(42L)
                .forAll(longs().all(), integers().between(20, 50))
                .checkAssert((seed, poolSize) -> {
                    var problem = RandomInstances.generate(seed, poolSize, 6, 2, true);
                    if (!FeasibilityCheck.check(problem.pool(), problem.targets(), 6)
                            .feasible()) {
                        return;
                    }
                    var settings = new InputSettings(null, List.of());
                    String first = DrawRecord.of(select(problem, seed, AlgorithmName.LEXIMIN), settings);
                    String second = DrawRecord.of(select(problem, seed, AlgorithmName.LEXIMIN), settings);
                    assertThat(second).isEqualTo(first);
                });
    }

    @Test
    void leximinsSmallestChanceIsAtLeastLegacysEmpiricalSmallestChance() {
        qt().withExamples(8)
                .withFixedSeed(7L)
                .forAll(longs().all(), integers().between(20, 40))
                .checkAssert((seed, poolSize) -> {
                    var problem = RandomInstances.generate(seed, poolSize, 6, 2, false);
                    if (!FeasibilityCheck.check(problem.pool(), problem.targets(), 6)
                            .feasible()) {
                        return;
                    }
                    double leximin =
                            min(select(problem, seed, AlgorithmName.LEXIMIN).chances());
                    double legacy =
                            min(select(problem, seed, AlgorithmName.LEGACY).chances());
                    // Legacy's chances are estimated from 1,000 runs; allow three standard errors of sampling noise.
                    double noise = 3 * Math.sqrt(Math.max(legacy, 0.01) / SelectionProblem.DEFAULT_LEGACY_RUNS);
                    assertThat(leximin).isGreaterThanOrEqualTo(legacy - noise);
                });
    }

    static SelectionResult select(RandomInstances.Problem problem, long seed, AlgorithmName algorithm) {
        return PanelSelector.select(SelectionProblem.of(problem.pool(), problem.targets(), problem.panelSize(), seed)
                .withAlgorithm(algorithm));
    }

    public static void assertValidLottery(SelectionResult result, Targets targets, int panelSize) {
        var distribution = result.distribution();
        assertThat(Arrays.stream(distribution.probabilities()).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(Arrays.stream(result.chances()).sum()).isCloseTo(panelSize, within(1e-6));
        assertThat(Arrays.stream(result.chances()).boxed())
                .allSatisfy(c -> assertThat(c).isBetween(-1e-9, 1 + 1e-9));
        for (int[] panel : result.lottery().panels()) {
            assertValidPanel(
                    Arrays.stream(panel).mapToObj(result.problem().pool()::get).toList(), targets, panelSize);
        }
        assertValidPanel(result.panel(), targets, panelSize);
    }

    public static void assertValidPanel(List<Respondent> panel, Targets targets, int panelSize) {
        assertThat(panel).hasSize(panelSize);
        assertThat(new HashSet<>(panel)).hasSize(panelSize);
        var households = new HashSet<String>();
        for (var member : panel) {
            if (member.household() != null) {
                assertThat(households.add(member.household()))
                        .as("one person per household")
                        .isTrue();
            }
        }
        for (int c = 0; c < targets.categories().size(); c++) {
            for (var target : targets.categories().get(c).targets()) {
                int category = c;
                long seats = panel.stream()
                        .filter(m -> m.values().get(category).equals(target.value()))
                        .count();
                assertThat(seats).as(target.label()).isBetween((long) target.min(), (long) target.max());
            }
        }
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
