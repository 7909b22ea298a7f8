package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.support.Instances;
import org.minipublic.sortition.support.Pools;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/** The legacy greedy method, as published in 2021, for comparison. */
class LegacyTests {

    @Test
    void itsEstimatedChancesAgreeWithTheReferenceEstimates() {
        var instance = Instances.named("sf_fixture_150_22");
        var pool = instance.pool();
        var problem = new SelectionProblem(pool, instance.targets(), 22, AlgorithmName.LEGACY, 5, 1000, null, 4000);
        var result = PanelSelector.select(problem);
        var expected = instance.expectedLegacy();
        for (int i = 0; i < pool.size(); i++) {
            // Both are estimates (4,000 and 10,000 runs): allow for sampling noise.
            assertThat(result.chances()[i])
                    .isCloseTo(expected.get(pool.get(i).id().value()), within(0.04));
        }
        LotteryPropertiesTests.assertValidPanel(result.panel(), instance.targets(), 22);
    }

    @Test
    void aValueWithExactlyAsManyRespondentsAsItsMinimumDoesNotStopIt() {
        // Two disabled respondents and a minimum of 2: the Python library's current legacy method always fails here.
        var targets = new Targets(List.of(new Category(
                "disability",
                List.of(new Target("disability", "yes", 2, 2, 0, 4), new Target("disability", "no", 2, 4, 0, 4)))));
        var pool = Pools.of("a:yes", "b:yes", "c:no", "d:no", "e:no", "f:no");
        var result =
                PanelSelector.select(new SelectionProblem(pool, targets, 4, AlgorithmName.LEGACY, 1, 1000, null, 200));
        assertThat(result.chances()[0]).isEqualTo(1.0);
        assertThat(result.chances()[1]).isEqualTo(1.0);
        assertThat(result.chances()[2]).isCloseTo(0.5, within(0.15));
    }
}
