package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.sortition.SelectionOptions;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.report.DrawRecord;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.sortition.support.Instances;

/**
 * MAXENTROPY through the engine's entry point: leximin's chances, a valid panel, a record that says how it was chosen
 * and re-runs to the same bytes, and the same clear refusal as uniform where counting is out of reach.
 */
class MaxEntropyTests {

    @Test
    void givesLeximinsChancesDrawsAValidPanelAndRecordsHowItWasChosen() {
        var reference = Instances.BRUTE_FORCE;
        var leximin = PanelSelector.select(SelectionProblem.of(reference.pool(), reference.targets(), 4, 5));
        var problem = SelectionProblem.of(reference.pool(), reference.targets(), 4, 5)
                .withAlgorithm(AlgorithmName.MAXENTROPY);
        List<String> progress = new ArrayList<>();
        var result = PanelSelector.select(problem, SelectionOptions.DEFAULT.withProgress(progress::add));

        LotteryPropertiesTests.assertValidPanel(result.panel(), reference.targets(), 4);
        assertThat(result.lottery())
                .as("no lottery of a thousand panels: one panel from the fitted lottery")
                .isNull();
        assertThat(result.statistics().validPanels()).isEqualTo(BigInteger.valueOf(27));
        for (int i = 0; i < result.chances().length; i++) {
            assertThat(result.chances()[i]).isCloseTo(leximin.chances()[i], within(1e-3));
        }
        assertThat(progress).anySatisfy(line -> assertThat(line)
                .startsWith("Most random lottery with leximin's chances:")
                .contains("(all 27 valid panels alike: 4.8 bits)"));
        var settings = new InputSettings("id", List.of());
        String record = DrawRecord.of(result, settings);
        assertThat(record)
                .contains("\"algorithm\": \"maxentropy\"")
                .contains("\"valid_panels\": \"27\"")
                .contains("\"chosen_by\": \"seed (from the most random lottery with leximin's chances)\"");
        assertThat(DrawRecord.of(PanelSelector.select(problem), settings)).isEqualTo(record);
    }

    @Test
    void refusesClearlyWhereCountingIsOutOfReach() {
        var large = Instances.named("synth_1000_45_s1");
        var problem = SelectionProblem.of(large.pool(), large.targets(), 45, 1).withAlgorithm(AlgorithmName.MAXENTROPY);
        assertThatThrownBy(() -> PanelSelector.select(problem))
                .isInstanceOf(SelectionFailedException.class)
                .hasMessageContaining("Counting the valid panels is out of reach for this pool");
    }
}
