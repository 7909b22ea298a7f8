package org.minipublic.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.algorithm.LotteryPropertiesTests;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.support.Instances;

/** Replacements keep the targets with the confirmed members, and never come from a member's household. */
class ReplacementTests {

    @Test
    void replacementsAndConfirmedMembersTogetherMeetTheTargets() {
        var instance = Instances.named("synth_300_30_s2_hh");
        var original = SelectionProblem.of(instance.pool(), instance.targets(), 30, 1);
        var panel = PanelSelector.select(original).panel();
        Set<RespondentId> dropped =
                Set.of(panel.get(0).id(), panel.get(5).id(), panel.get(9).id());
        Set<RespondentId> confirmed = panel.stream()
                .map(Respondent::id)
                .filter(id -> !dropped.contains(id))
                .collect(Collectors.toSet());

        var problem = Replacement.problem(original, confirmed, dropped, 2);
        var replacements = PanelSelector.select(problem).panel();

        assertThat(replacements).hasSize(3);
        assertThat(replacements)
                .extracting(Respondent::id)
                .doesNotContainAnyElementsOf(confirmed)
                .doesNotContainAnyElementsOf(dropped);
        var households = new HashSet<String>();
        panel.stream()
                .filter(m -> confirmed.contains(m.id()) && m.household() != null)
                .forEach(m -> households.add(m.household()));
        assertThat(replacements)
                .allSatisfy(r -> assertThat(r.household() == null || !households.contains(r.household()))
                        .isTrue());
        var newPanel = new ArrayList<>(
                panel.stream().filter(m -> confirmed.contains(m.id())).toList());
        newPanel.addAll(replacements);
        LotteryPropertiesTests.assertValidPanel(newPanel, instance.targets(), 30);
    }

    @Test
    void refusesUnknownIds() {
        var instance = Instances.named("sf_fixture_150_22");
        var original = SelectionProblem.of(instance.pool(), instance.targets(), 22, 1);
        assertThatThrownBy(() -> Replacement.problem(original, Set.of(new RespondentId("nobody")), Set.of(), 1))
                .hasMessageContaining("nobody");
    }
}
