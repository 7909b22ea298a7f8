package org.minipublic.sortition.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.ValidPanels;
import org.minipublic.sortition.report.DrawRecord;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.sortition.support.Instances;

/** UNIFORM: one valid panel drawn uniformly, its count in the record, and a clear refusal where counting is too big. */
class UniformTests {

    @Test
    void drawsAValidPanelGivesEveryoneTheirShareOfPanelsAndRecordsTheCount() {
        var reference = Instances.BRUTE_FORCE;
        var expected = Instances.bruteForceExpected();
        var problem =
                SelectionProblem.of(reference.pool(), reference.targets(), 4, 5).withAlgorithm(AlgorithmName.UNIFORM);
        var result = PanelSelector.select(problem);

        LotteryPropertiesTests.assertValidPanel(result.panel(), reference.targets(), 4);
        assertThat(result.statistics().validPanels()).isEqualTo(BigInteger.valueOf(27));
        for (int i = 0; i < result.chances().length; i++) {
            assertThat(result.chances()[i]).isCloseTo(expected.get("uniform_chance_p" + (i + 1)), within(1e-12));
        }
        var settings = new InputSettings("id", List.of());
        String record = DrawRecord.of(result, settings);
        assertThat(record)
                .contains("\"algorithm\": \"uniform\"")
                .contains("\"valid_panels\": \"27\"")
                .contains("\"chosen_by\": \"seed (uniformly among the valid panels)\"");
        assertThat(DrawRecord.of(PanelSelector.select(problem), settings)).isEqualTo(record);
    }

    @Test
    void countsExactlyBeyondLongAndRefusesClearlyWhereCountingIsOutOfReach() {
        var small = Instances.named("pgoelz_example_small_20");
        assertThat(ValidPanels.count(small.pool(), small.targets(), 20, 400_000, message -> {}))
                .isEqualTo(new BigInteger("814225107551835924136192000"));
        assertThat(ValidPanels.readable(new BigInteger("814225107551835924136192000")))
                .isEqualTo("8.1 × 10^26");
        assertThat(ValidPanels.readable(BigInteger.valueOf(6190))).isEqualTo("6190");

        var large = Instances.named("synth_1000_45_s1");
        var problem = SelectionProblem.of(large.pool(), large.targets(), 45, 1).withAlgorithm(AlgorithmName.UNIFORM);
        assertThatThrownBy(() -> PanelSelector.select(problem))
                .isInstanceOf(SelectionFailedException.class)
                .hasMessageContaining("Counting the valid panels is out of reach for this pool")
                .hasMessageContaining("Use leximin or Goldilocks");
    }
}
