package org.minipublic.sortition.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.support.Instances;
import org.minipublic.sortition.support.RandomInstances;
import org.minipublic.sortition.target.Targets;

/** Counting valid panels and drawing one uniformly, against panels listed one by one. */
class PanelCountTests {

    @Test
    void countsTheBruteForcePanelsAndGivesEachPersonTheirShareOfThem() {
        var reference = Instances.BRUTE_FORCE;
        var expected = Instances.bruteForceExpected();
        var count = count(reference.pool(), reference.targets(), 4, PanelCount.DEFAULT_MAX_STATES);

        assertThat(count.total())
                .isEqualTo(BigInteger.valueOf(expected.get("valid_panels").longValue()));
        double[] chances = count.uniformChances();
        for (int i = 0; i < chances.length; i++) {
            assertThat(chances[i]).isCloseTo(expected.get("uniform_chance_p" + (i + 1)), within(1e-12));
        }
    }

    @Test
    void drawsEveryValidPanelAboutEquallyOften() {
        var reference = Instances.BRUTE_FORCE;
        var pool = reference.pool();
        var count = count(pool, reference.targets(), 4, PanelCount.DEFAULT_MAX_STATES);
        var panels = listed(pool, reference.targets(), 4);
        var random = Seeds.generator(11);
        int draws = 27_000;
        java.util.Map<List<Integer>, Integer> seen = new java.util.HashMap<>();
        for (int d = 0; d < draws; d++) {
            int[] panel = count.sample(random);
            seen.merge(java.util.Arrays.stream(panel).boxed().toList(), 1, Integer::sum);
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(panels);
        // each of the 27 panels expects 1,000 draws, standard deviation about 31: 5 deviations either way
        assertThat(seen.values()).allSatisfy(n -> assertThat(n).isBetween(845, 1155));
    }

    @Test
    void countsPanelsWithTheHouseholdRuleOnRandomPoolsAsListingThemDoes() {
        int checked = 0;
        for (long seed = 1; seed <= 40; seed++) {
            var problem = RandomInstances.generate(seed, 9 + (int) (seed % 6), 3 + (int) (seed % 3), 2, true);
            if (!FeasibilityCheck.check(problem.pool(), problem.targets(), problem.panelSize())
                    .feasible()) {
                continue;
            }
            var panels = listed(problem.pool(), problem.targets(), problem.panelSize());
            var count = count(problem.pool(), problem.targets(), problem.panelSize(), PanelCount.DEFAULT_MAX_STATES);
            assertThat(count.total()).as("seed %d", seed).isEqualTo(BigInteger.valueOf(panels.size()));
            double[] chances = count.uniformChances();
            for (int i = 0; i < chances.length; i++) {
                int person = i;
                long with = panels.stream().filter(p -> p.contains(person)).count();
                assertThat(chances[i])
                        .as("seed %d person %d", seed, i)
                        .isCloseTo((double) with / panels.size(), within(1e-12));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void saysClearlyWhenCountingIsOutOfReach() {
        var reference = Instances.named("sf_fixture_150_22");
        assertThatThrownBy(() -> count(reference.pool(), reference.targets(), 22, 50))
                .isInstanceOf(OutOfReachException.class)
                .hasMessageContaining("more than the limit of 50 in a step or 250 in all")
                .hasMessageContaining("Use leximin or Goldilocks");
    }

    private static PanelCount count(Pool pool, Targets targets, int panelSize, int maxStates) {
        var instance = Instance.of(pool, targets, panelSize);
        return PanelCount.of(instance, Groups.of(instance), maxStates, RunControl.unlimited());
    }

    /** Every valid panel, listed by trying every set of panelSize people. */
    static List<List<Integer>> listed(Pool pool, Targets targets, int panelSize) {
        List<List<Integer>> panels = new ArrayList<>();
        choose(pool, targets, panelSize, 0, new ArrayList<>(), panels);
        return panels;
    }

    private static void choose(
            Pool pool, Targets targets, int size, int from, List<Integer> chosen, List<List<Integer>> panels) {
        if (chosen.size() == size) {
            if (valid(pool, targets, chosen)) {
                panels.add(List.copyOf(chosen));
            }
            return;
        }
        for (int i = from; i < pool.size(); i++) {
            chosen.add(i);
            choose(pool, targets, size, i + 1, chosen, panels);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static boolean valid(Pool pool, Targets targets, List<Integer> panel) {
        var households = new HashSet<String>();
        for (int i : panel) {
            var household = pool.get(i).household();
            if (household != null && !households.add(household)) {
                return false;
            }
        }
        for (int c = 0; c < targets.categories().size(); c++) {
            for (var target : targets.categories().get(c).targets()) {
                int category = c;
                long seats = panel.stream()
                        .filter(i -> Objects.equals(pool.get(i).values().get(category), target.value()))
                        .count();
                if (seats < target.min() || seats > target.max()) {
                    return false;
                }
            }
        }
        return true;
    }
}
