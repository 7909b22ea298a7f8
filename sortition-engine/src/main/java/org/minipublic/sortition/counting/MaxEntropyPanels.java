package org.minipublic.sortition.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.solver.RunControl;

/**
 * The most random lottery over the valid panels that gives each person a chance set in advance (de Azevedo and Gölz,
 * "Maximally random sortition", arXiv 2604.02712, FairMaxEntropy): among all lotteries with those chances, the one of
 * greatest entropy. Such a lottery gives each panel a probability proportional to the product of its members' weights,
 * one weight per group (people with the same values and the same chance are interchangeable, so they share it); the
 * weights are fitted until every group's expected seats match its target. It works on the partial-panel summaries of
 * {@link PanelCount}, in floating point rescaled at every step, so it reaches exactly as far as counting does. The
 * arithmetic is {@link StrictMath}'s, so the same inputs give the same bits on every machine and a record verifies
 * anywhere.
 *
 * <p>Chances on the edge of what valid panels allow (someone's chance as high as it can be, which leximin's often are)
 * are reached only in the limit, with weights growing without bound; fitting then stops at its tolerance or its
 * iteration limit, and {@link #largestChanceError()} says how close it came. The chances reported are always those of
 * the lottery actually drawn from.
 */
public final class MaxEntropyPanels {

    private final PanelCount count;
    private final List<Item> items;
    /** The log of each group's weight; negative infinity for a group whose target is no seat at all. */
    private final double[] logWeight;
    /**
     * Groups whose target is every seat they have (everyone in them on every panel, as leximin gives people whom the
     * targets require): an infinite weight in the limit, so here any option taking fewer of them is ruled out.
     */
    private final boolean[] full;

    /** Per step and option: the log of the option's weight with the current group weights (see {@link #logWeight}). */
    private double[][] optionWeight = new double[0][];
    /** Per step and option: the log of its number of ways, computed once. */
    private final double[][] logWays;
    /** Per step: the largest log weight of an option, subtracted before exponentiating so nothing overflows. */
    private final double[] shift;
    /** Per step: each summary's weight from the start (forward) and to a whole panel (backward), rescaled to at most 1. */
    private final List<Map<PanelCount.State, Double>> forward = new ArrayList<>();

    private final List<Map<PanelCount.State, Double>> backward = new ArrayList<>();
    /** The logs of those rescalings. */
    private final double[] forwardScale;

    private final double[] backwardScale;
    private double logTotal;
    private double[] expectedSeats = new double[0];
    private int iterations;
    private double largestChanceError = Double.NaN;

    private MaxEntropyPanels(PanelCount count, double[] logWeight, boolean[] full) {
        this.count = count;
        this.items = count.items();
        this.logWeight = logWeight;
        this.full = full;
        this.shift = new double[items.size()];
        this.logWays = items.stream()
                .map(item -> item.options().stream()
                        .mapToDouble(option -> log(option.ways()))
                        .toArray())
                .toArray(double[][]::new);
        this.forwardScale = new double[items.size() + 1];
        this.backwardScale = new double[items.size() + 1];
    }

    /**
     * Fits the weights to the target seats per group (a person's chance times the group's size).
     *
     * @param tolerance the largest acceptable difference between a person's chance and its target
     * @param maxIterations when to stop if the tolerance is not reached (targets on the edge of the valid panels)
     * @throws IllegalArgumentException when a group has a target but no valid panel includes anyone of it
     */
    public static MaxEntropyPanels fit(
            PanelCount count, double[] targetSeats, double tolerance, int maxIterations, RunControl control) {
        var groups = count.groups();
        if (targetSeats.length != groups.count()) {
            throw new IllegalArgumentException("one target per group");
        }
        double[] logWeight = new double[targetSeats.length];
        boolean[] full = new boolean[targetSeats.length];
        for (int g = 0; g < targetSeats.length; g++) {
            logWeight[g] = targetSeats[g] <= 1e-12 ? Double.NEGATIVE_INFINITY : 0;
            full[g] = targetSeats[g] >= groups.size(g) - 1e-9;
        }
        var lottery = new MaxEntropyPanels(count, logWeight, full);
        double step = 1;
        double previous = Double.POSITIVE_INFINITY;
        double best = Double.POSITIVE_INFINITY;
        double[] bestWeight = logWeight.clone();
        for (int i = 0; ; i++) {
            control.step();
            lottery.pass();
            double error = lottery.error(targetSeats);
            lottery.iterations = i;
            lottery.largestChanceError = error;
            if (error < best) {
                best = error;
                bestWeight = logWeight.clone();
            }
            if (error <= tolerance) {
                return lottery;
            }
            if (i >= maxIterations) {
                // The last round may have overshot: end with the closest fit found.
                if (error > best) {
                    System.arraycopy(bestWeight, 0, logWeight, 0, logWeight.length);
                    lottery.pass();
                    lottery.largestChanceError = lottery.error(targetSeats);
                }
                return lottery;
            }
            // Longer steps while they help (chances on an edge are approached ever more slowly), shorter ones after
            // a step that overshot.
            step = error < previous ? Math.min(step * 1.25, 64) : Math.max(step / 2, 1.0 / 64);
            previous = error;
            lottery.scale(targetSeats, step);
        }
    }

    /** Moves each fitted group's weight towards its target: up when it gets too few seats, down when too many. */
    private void scale(double[] targetSeats, double step) {
        for (int g = 0; g < logWeight.length; g++) {
            if (logWeight[g] == Double.NEGATIVE_INFINITY || full[g]) {
                continue;
            }
            if (expectedSeats[g] <= 0) {
                throw new IllegalArgumentException(
                        "group " + g + " has a target chance but no valid panel includes anyone of it");
            }
            logWeight[g] += step * StrictMath.log(targetSeats[g] / expectedSeats[g]);
        }
    }

    /** Each person's chance under this lottery, in pool order. */
    public double[] chances() {
        return count.groups().perRespondent(expectedSeats.clone());
    }

    /** The log of each group's weight (negative infinity: never taken), for checking the lottery panel by panel. */
    double[] logWeights() {
        return logWeight.clone();
    }

    /** Which groups are on every panel. */
    boolean[] fullGroups() {
        return full.clone();
    }

    /** How many fitting rounds were made. */
    public int iterations() {
        return iterations;
    }

    /** The largest difference between a person's chance under this lottery and its target. */
    public double largestChanceError() {
        return largestChanceError;
    }

    /**
     * The lottery's entropy in bits: how many fair coin tosses' worth of chance decides the panel. The uniform lottery
     * over all valid panels has the most, log2 of their number.
     */
    public double entropyBits() {
        double nats = logTotal;
        for (int g = 0; g < logWeight.length; g++) {
            if (logWeight[g] != Double.NEGATIVE_INFINITY && !full[g]) {
                nats -= logWeight[g] * expectedSeats[g];
            }
        }
        return nats / StrictMath.log(2);
    }

    /**
     * One panel drawn from this lottery: each step's choice in proportion to the weight of the panels it leaves, then
     * the people within a group uniformly.
     *
     * @return the panel as sorted respondent indexes
     */
    public int[] sample(RandomGenerator random) {
        var groups = count.groups();
        PanelCount.State current = count.start();
        List<Integer> panel = new ArrayList<>();
        for (int t = 0; t < items.size(); t++) {
            var item = items.get(t);
            List<PanelCount.State> next = new ArrayList<>();
            List<Item.Option> taken = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            double sum = 0;
            for (int o = 0; o < item.options().size(); o++) {
                var option = item.options().get(o);
                double lw = optionWeight[t][o];
                var state = lw == Double.NEGATIVE_INFINITY ? null : count.transition(current, option, t);
                Double after = state == null ? null : backward.get(t + 1).get(state);
                if (after != null && after > 0) {
                    double w = StrictMath.exp(lw - shift[t]) * after;
                    next.add(state);
                    taken.add(option);
                    weights.add(w);
                    sum += w;
                }
            }
            double draw = random.nextDouble() * sum;
            int chosen = weights.size() - 1; // rounding can leave the draw a hair above the last sum
            for (int i = 0; i < weights.size(); i++) {
                draw -= weights.get(i);
                if (draw < 0) {
                    chosen = i;
                    break;
                }
            }
            current = next.get(chosen);
            var option = taken.get(chosen);
            if (option.member() >= 0) {
                panel.add(groups.members()[option.member()][0]);
            } else if (option.seats() > 0) {
                panel.addAll(PanelCount.someOf(groups.members()[item.group()], option.seats(), random));
            }
        }
        return panel.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The largest difference between a person's chance and its target, over the groups. */
    private double error(double[] targetSeats) {
        double largest = 0;
        for (int g = 0; g < targetSeats.length; g++) {
            largest = Math.max(
                    largest,
                    Math.abs(expectedSeats[g] - targetSeats[g]) / count.groups().size(g));
        }
        return largest;
    }

    /** One forward and one backward sweep with the current weights, then the expected seats per group. */
    private void pass() {
        optionWeight = new double[items.size()][];
        for (int t = 0; t < items.size(); t++) {
            var options = items.get(t).options();
            optionWeight[t] = new double[options.size()];
            for (int o = 0; o < options.size(); o++) {
                optionWeight[t][o] = logWeight(t, items.get(t), options.get(o), o);
            }
        }
        sweepForward();
        sweepBackward();
        expectedSeats = new double[count.groups().count()];
        for (int t = 0; t < items.size(); t++) {
            var item = items.get(t);
            double factor = StrictMath.exp(forwardScale[t] + shift[t] + backwardScale[t + 1] - logTotal);
            var after = backward.get(t + 1);
            for (var entry : forward.get(t).entrySet()) {
                for (int o = 0; o < item.options().size(); o++) {
                    var option = item.options().get(o);
                    double lw = optionWeight[t][o];
                    if (option.seats() == 0 || lw == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    var state = count.transition(entry.getKey(), option, t);
                    Double rest = state == null ? null : after.get(state);
                    if (rest != null) {
                        int group = option.member() >= 0 ? option.member() : item.group();
                        expectedSeats[group] +=
                                entry.getValue() * StrictMath.exp(lw - shift[t]) * rest * factor * option.seats();
                    }
                }
            }
        }
    }

    private void sweepForward() {
        forward.clear();
        Map<PanelCount.State, Double> layer = new LinkedHashMap<>();
        layer.put(count.start(), 1.0);
        double scale = 0;
        for (int t = 0; t < items.size(); t++) {
            forward.add(layer);
            forwardScale[t] = scale;
            var item = items.get(t);
            shift[t] = Arrays.stream(optionWeight[t]).max().orElse(0);
            Map<PanelCount.State, Double> next = new LinkedHashMap<>();
            for (var entry : layer.entrySet()) {
                for (int o = 0; o < item.options().size(); o++) {
                    var option = item.options().get(o);
                    double lw = optionWeight[t][o];
                    var state = lw == Double.NEGATIVE_INFINITY ? null : count.transition(entry.getKey(), option, t);
                    if (state != null) {
                        next.merge(state, entry.getValue() * StrictMath.exp(lw - shift[t]), Double::sum);
                    }
                }
            }
            double largest = next.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            if (largest <= 0) {
                throw new IllegalStateException("no valid panel is left with these weights");
            }
            next.replaceAll((state, weight) -> weight / largest);
            scale += shift[t] + StrictMath.log(largest);
            layer = next;
        }
        forward.add(layer);
        forwardScale[items.size()] = scale;
        double complete = layer.entrySet().stream()
                .filter(e -> count.complete(e.getKey()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        if (complete <= 0) {
            throw new IllegalStateException("there is no valid panel");
        }
        logTotal = scale + StrictMath.log(complete);
    }

    private void sweepBackward() {
        backward.clear();
        List<Map<PanelCount.State, Double>> reversed = new ArrayList<>();
        Map<PanelCount.State, Double> after = new LinkedHashMap<>();
        for (var state : forward.get(items.size()).keySet()) {
            if (count.complete(state)) {
                after.put(state, 1.0);
            }
        }
        reversed.add(after);
        backwardScale[items.size()] = 0;
        for (int t = items.size() - 1; t >= 0; t--) {
            var item = items.get(t);
            Map<PanelCount.State, Double> layer = new LinkedHashMap<>();
            for (var state : forward.get(t).keySet()) {
                double sum = 0;
                for (int o = 0; o < item.options().size(); o++) {
                    var option = item.options().get(o);
                    double lw = optionWeight[t][o];
                    var next = lw == Double.NEGATIVE_INFINITY ? null : count.transition(state, option, t);
                    Double rest = next == null ? null : after.get(next);
                    if (rest != null) {
                        sum += StrictMath.exp(lw - shift[t]) * rest;
                    }
                }
                if (sum > 0) {
                    layer.put(state, sum);
                }
            }
            double largest = layer.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(1);
            layer.replaceAll((state, weight) -> weight / largest);
            backwardScale[t] = backwardScale[t + 1] + shift[t] + StrictMath.log(largest);
            reversed.add(layer);
            after = layer;
        }
        for (int t = reversed.size() - 1; t >= 0; t--) {
            backward.add(reversed.get(t));
        }
    }

    /**
     * The log of an option's weight: its number of ways times its group's weight for each seat it takes; negative
     * infinity for an option that leaves out someone of a full group or takes someone of a group never taken.
     */
    private double logWeight(int t, Item item, Item.Option option, int o) {
        if (leavesOutSomeoneFull(item, option)) {
            return Double.NEGATIVE_INFINITY;
        }
        double ways = logWays[t][o];
        if (option.seats() == 0) {
            return ways;
        }
        int group = option.member() >= 0 ? option.member() : item.group();
        if (full[group]) {
            return ways; // the only option left for this group, so its weight does not matter
        }
        return logWeight[group] == Double.NEGATIVE_INFINITY
                ? Double.NEGATIVE_INFINITY
                : ways + logWeight[group] * option.seats();
    }

    private boolean leavesOutSomeoneFull(Item item, Item.Option option) {
        if (item.group() >= 0) {
            return full[item.group()] && option.seats() < count.groups().size(item.group());
        }
        for (var other : item.options()) { // a household: every other option leaves its full member out
            if (other.member() >= 0 && full[other.member()] && other.member() != option.member()) {
                return true;
            }
        }
        return false;
    }

    /** The natural log of a positive integer too large for a double. */
    private static double log(BigInteger value) {
        int excess = Math.max(0, value.bitLength() - 1000);
        return StrictMath.log(value.shiftRight(excess).doubleValue()) + excess * StrictMath.log(2);
    }

    @Override
    public String toString() {
        return "MaxEntropyPanels[iterations=" + iterations + ", error=" + largestChanceError + ", weights="
                + Arrays.toString(logWeight) + "]";
    }
}
