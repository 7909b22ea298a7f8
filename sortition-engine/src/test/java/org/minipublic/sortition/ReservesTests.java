package org.minipublic.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.algorithm.LotteryPropertiesTests;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.support.Instances;

/** The reserve list: everyone still eligible, ranked by lot from the seed, with a same-values match for a dropout. */
class ReservesTests {

    @Test
    void reservesAreTheEligibleRespondentsInAnOrderFixedByTheSeed() {
        var instance = Instances.named("synth_300_30_s2_hh");
        var result = PanelSelector.select(SelectionProblem.of(instance.pool(), instance.targets(), 30, 4));
        var reserves = Reserves.ranked(result);

        var eligible = Reserves.eligible(instance.pool(), result.panel());
        assertThat(reserves).containsExactlyInAnyOrderElementsOf(eligible).doesNotContainAnyElementsOf(result.panel());
        var households = new HashSet<String>();
        result.panel().forEach(m -> households.add(m.household()));
        assertThat(reserves).noneMatch(r -> r.household() != null && households.contains(r.household()));
        assertThat(reserves).isNotEqualTo(eligible); // shuffled, not in pool order
        assertThat(Reserves.ranked(result)).isEqualTo(reserves);
        var otherSeed = PanelSelector.select(SelectionProblem.of(instance.pool(), instance.targets(), 30, 5));
        assertThat(Reserves.ranked(otherSeed)).isNotEqualTo(Reserves.ranked(result));
    }

    @Test
    void theFirstMatchingReserveKeepsEveryTarget() {
        var instance = Instances.named("sf_fixture_150_22");
        var result = PanelSelector.select(SelectionProblem.of(instance.pool(), instance.targets(), 22, 8));
        var reserves = Reserves.ranked(result);
        int replaced = 0;
        for (Respondent leaving : result.panel()) {
            var match = Reserves.firstMatch(reserves, leaving);
            if (match.isEmpty()) {
                continue;
            }
            assertThat(match.get().values()).isEqualTo(leaving.values());
            var panel = new ArrayList<>(result.panel());
            panel.set(panel.indexOf(leaving), match.get());
            LotteryPropertiesTests.assertValidPanel(panel, instance.targets(), 22);
            replaced++;
        }
        assertThat(replaced).isPositive();
    }
}
