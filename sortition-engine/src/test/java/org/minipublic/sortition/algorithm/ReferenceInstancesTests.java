package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.support.Instances;
import org.minipublic.sortition.support.Instances.Reference;

/**
 * On every reference instance, leximin gives each respondent the chance the reference implementation computes, within
 * 0.002, and the same smallest chance within 0.001.
 */
class ReferenceInstancesTests {

    static final java.util.List<Reference> INSTANCES = Instances.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("INSTANCES")
    void leximinMatchesTheReferenceChances(Reference instance) {
        var pool = instance.pool();
        var result = PanelSelector.select(SelectionProblem.of(pool, instance.targets(), instance.panelSize(), 7));
        Map<String, Double> expected = instance.expectedLeximin();

        assertThat(expected).hasSize(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            String id = pool.get(i).id().value();
            assertThat(result.chances()[i]).as("chance of %s", id).isCloseTo(expected.get(id), within(0.002));
        }
        double expectedMin = expected.values().stream()
                .mapToDouble(Double::doubleValue)
                .min()
                .orElseThrow();
        assertThat(Arrays.stream(result.chances()).min().orElseThrow()).isCloseTo(expectedMin, within(0.001));
        assertThat(Arrays.stream(result.chances()).sum()).isCloseTo(instance.panelSize(), within(1e-6));
    }
}
