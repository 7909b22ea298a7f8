package org.minipublic.sortition.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.MaxEntropy;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.support.Instances;
import org.minipublic.sortition.support.RandomInstances;
import org.minipublic.sortition.target.Targets;

/**
 * The most random lottery with given chances, checked against the valid panels listed one by one: its probability of
 * each panel is computed from the fitted weights by hand, and its chances, entropy and draws must agree with that.
 */
class MaxEntropyPanelsTests {

    @Test
    void fittedToTheUniformLotterysChancesItIsTheUniformLottery() {
        var reference = Instances.BRUTE_FORCE;
        var count = count(reference.pool(), reference.targets(), 4);
        var lottery =
                MaxEntropyPanels.fit(count, seats(count, count.uniformChances()), 1e-10, 1_000, RunControl.unlimited());

        assertThat(lottery.entropyBits()).isCloseTo(Math.log(27) / Math.log(2), within(1e-9));
        double[] chances = lottery.chances();
        double[] uniform = count.uniformChances();
        for (int i = 0; i < chances.length; i++) {
            assertThat(chances[i]).isCloseTo(uniform[i], within(1e-10));
        }
    }

    @Test
    void onRandomPoolsItGivesLeximinsChancesAndIsMoreRandomThanLeximinsLottery() {
        int checked = 0;
        for (long seed = 1; seed <= 30; seed++) {
            var problem = RandomInstances.generate(seed, 9 + (int) (seed % 5), 3 + (int) (seed % 2), 2, seed % 3 == 0);
            if (!FeasibilityCheck.check(problem.pool(), problem.targets(), problem.panelSize())
                    .feasible()) {
                continue;
            }
            var leximin = PanelSelector.select(
                    SelectionProblem.of(problem.pool(), problem.targets(), problem.panelSize(), seed));
            var count = count(problem.pool(), problem.targets(), problem.panelSize());
            var lottery = MaxEntropyPanels.fit(
                    count,
                    seats(count, leximin.chances()),
                    MaxEntropy.TOLERANCE,
                    MaxEntropy.MAX_ITERATIONS,
                    RunControl.unlimited());
            assertThat(lottery.largestChanceError())
                    .as("seed %d: within a thousandth of leximin's chances even on an edge", seed)
                    .isLessThan(1e-3);
            var byHand = listedLottery(problem.pool(), problem.targets(), problem.panelSize(), count, lottery);

            double[] chances = lottery.chances();
            for (int i = 0; i < chances.length; i++) {
                assertThat(chances[i]).as("seed %d person %d", seed, i).isCloseTo(byHand.chances()[i], within(1e-9));
                assertThat(chances[i])
                        .as("seed %d person %d: leximin's chance", seed, i)
                        .isCloseTo(leximin.chances()[i], within(lottery.largestChanceError() + 1e-12));
            }
            assertThat(lottery.entropyBits()).as("seed %d", seed).isCloseTo(byHand.entropyBits(), within(1e-9));
            assertThat(lottery.entropyBits())
                    .as("seed %d: no lottery with these chances is more random than this one, leximin's included", seed)
                    .isGreaterThanOrEqualTo(entropyBits(leximin.distribution()) - 1e-6);
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    @Test
    void drawsEachPanelAsOftenAsItsProbabilitySays() {
        var reference = Instances.BRUTE_FORCE;
        var leximin = PanelSelector.select(SelectionProblem.of(reference.pool(), reference.targets(), 4, 3));
        var count = count(reference.pool(), reference.targets(), 4);
        var lottery = MaxEntropyPanels.fit(
                count,
                seats(count, leximin.chances()),
                MaxEntropy.TOLERANCE,
                MaxEntropy.MAX_ITERATIONS,
                RunControl.unlimited());
        var byHand = listedLottery(reference.pool(), reference.targets(), 4, count, lottery);
        var random = Seeds.generator(5);
        int draws = 40_000;
        Map<List<Integer>, Integer> seen = new HashMap<>();
        for (int d = 0; d < draws; d++) {
            seen.merge(java.util.Arrays.stream(lottery.sample(random)).boxed().toList(), 1, Integer::sum);
        }
        assertThat(byHand.probabilities().keySet()).containsAll(seen.keySet());
        byHand.probabilities().forEach((panel, p) -> {
            double expected = p * draws;
            double deviation = Math.sqrt(expected * (1 - p));
            assertThat((double) seen.getOrDefault(panel, 0))
                    .as("panel %s, probability %.5f", panel, p)
                    .isCloseTo(expected, within(5 * deviation + 1));
        });
    }

    /** A lottery written out panel by panel: each valid panel's probability, the chances and the entropy from them. */
    private record Listed(Map<List<Integer>, Double> probabilities, double[] chances, double entropyBits) {}

    private static Listed listedLottery(
            Pool pool, Targets targets, int panelSize, PanelCount count, MaxEntropyPanels lottery) {
        var groups = count.groups();
        double[] logWeight = lottery.logWeights();
        boolean[] full = lottery.fullGroups();
        Map<List<Integer>, Double> weights = new HashMap<>();
        double total = 0;
        for (var panel : PanelCountTests.listed(pool, targets, panelSize)) {
            double log = 0;
            for (int person : panel) {
                log += logWeight[groups.groupOf()[person]];
            }
            for (int g = 0; g < full.length; g++) {
                for (int person : groups.members()[g]) {
                    if (full[g] && !panel.contains(person)) {
                        log = Double.NEGATIVE_INFINITY; // a panel without someone who is on every panel
                    }
                }
            }
            double weight = Math.exp(log);
            weights.put(panel, weight);
            total += weight;
        }
        double[] chances = new double[pool.size()];
        double entropy = 0;
        for (var entry : weights.entrySet()) {
            double p = entry.getValue() / total;
            entry.setValue(p);
            for (int person : entry.getKey()) {
                chances[person] += p;
            }
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return new Listed(weights, chances, entropy / Math.log(2));
    }

    /** The entropy of a lottery over seats per group whose seats go to uniformly random people of each group. */
    private static double entropyBits(org.minipublic.sortition.algorithm.Distribution distribution) {
        var groups = distribution.groups();
        double nats = 0;
        for (int p = 0; p < distribution.panels().size(); p++) {
            double q = distribution.probabilities()[p];
            if (q <= 0) {
                continue;
            }
            double ways = 0; // log of the number of panels of people this panel of seats stands for
            int[] seats = distribution.panels().get(p);
            for (int g = 0; g < seats.length; g++) {
                ways += logChoose(groups.size(g), seats[g]);
            }
            nats += q * (ways - Math.log(q));
        }
        return nats / Math.log(2);
    }

    private static double logChoose(int n, int k) {
        double log = 0;
        for (int i = 0; i < k; i++) {
            log += Math.log(n - i) - Math.log(i + 1);
        }
        return log;
    }

    private static double[] seats(PanelCount count, double[] chances) {
        var groups = count.groups();
        double[] seats = new double[groups.count()];
        for (int g = 0; g < seats.length; g++) {
            seats[g] = chances[groups.members()[g][0]] * groups.size(g);
        }
        return seats;
    }

    private static PanelCount count(Pool pool, Targets targets, int panelSize) {
        var instance = Instance.of(pool, targets, panelSize);
        return PanelCount.of(instance, Groups.of(instance), PanelCount.DEFAULT_MAX_STATES, RunControl.unlimited());
    }
}
