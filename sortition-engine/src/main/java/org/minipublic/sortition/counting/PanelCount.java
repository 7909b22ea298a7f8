package org.minipublic.sortition.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * The exact number of valid panels (k people, every target met, at most one per household) and a uniformly random
 * one. Dynamic programming over items (groups of interchangeable people, and households): a partial panel is summed up
 * by its size and its seats per value, and the number of ways to reach each summary is carried from item to item, with
 * summaries that can no longer be completed dropped. The count is exact (arbitrary-precision integers). Its cost grows
 * with the number of distinct summaries, which explodes with many categories and values; beyond {@code maxStates}
 * summaries in one step it gives up rather than run out of memory.
 */
public final class PanelCount {

    /**
     * Summaries of partial panels kept in one step before counting is declared out of reach; five times as many over
     * all steps. About 250 bytes each, kept for the draw: the limit keeps counting within a heap of 1 GB.
     */
    public static final int DEFAULT_MAX_STATES = 400_000;

    private final Instance instance;
    private final Groups groups;
    private final List<Item> items;
    private final int[] offset;
    private final int width;
    private final int[][] room;
    private final List<Map<State, BigInteger>> layers = new ArrayList<>();
    private final BigInteger total;

    private PanelCount(Instance instance, Groups groups, int maxStates, RunControl control) {
        this.instance = instance;
        this.groups = groups;
        this.items = items(instance, groups);
        this.offset = new int[instance.categoryCount()];
        int w = 1;
        for (int c = 0; c < offset.length; c++) {
            offset[c] = w;
            w += instance.valueCount(c);
        }
        this.width = w;
        this.room = room();
        this.total = forward(maxStates, control);
    }

    /**
     * @throws OutOfReachException when a step needs more than {@code maxStates} partial-panel summaries
     */
    public static PanelCount of(Instance instance, Groups groups, int maxStates, RunControl control) {
        return new PanelCount(instance, groups, maxStates, control);
    }

    /** The groups and households counted, in the order the steps take them (for {@link MaxEntropyPanels}). */
    List<Item> items() {
        return items;
    }

    /** The summary every panel starts from. */
    State start() {
        return new State(new int[width]);
    }

    /** Whether a summary after the last step is a whole panel. */
    boolean complete(State state) {
        return state.counts()[0] == instance.k();
    }

    Groups groups() {
        return groups;
    }

    /** How many valid panels there are. */
    public BigInteger total() {
        return total;
    }

    /** The count for people: "3.2 × 10^41" beyond a million, the exact number below. */
    public static String readable(BigInteger count) {
        if (count.compareTo(BigInteger.valueOf(1_000_000)) < 0) {
            return count.toString();
        }
        var decimal = new BigDecimal(count).round(new MathContext(2));
        int exponent = decimal.precision() - decimal.scale() - 1;
        return decimal.movePointLeft(exponent).stripTrailingZeros().toPlainString() + " × 10^" + exponent;
    }

    /** Every person's chance of selection when one valid panel is drawn uniformly at random, in pool order. */
    public double[] uniformChances() {
        double[] seats = new double[groups.count()];
        if (total.signum() == 0) {
            return groups.perRespondent(seats);
        }
        var completions = backward();
        for (int t = 0; t < items.size(); t++) {
            var item = items.get(t);
            for (var entry : layers.get(t).entrySet()) {
                for (var option : item.options()) {
                    var next = transition(entry.getKey(), option, t);
                    BigInteger after =
                            next == null ? null : completions.get(t + 1).get(next);
                    if (after != null && option.seats() > 0) {
                        double share =
                                ratio(entry.getValue().multiply(option.ways()).multiply(after), total);
                        seats[option.member() >= 0 ? option.member() : item.group()] += share * option.seats();
                    }
                }
            }
        }
        return groups.perRespondent(seats);
    }

    /**
     * One valid panel, uniformly at random among all of them: each item's choice is drawn, first to last, in
     * proportion to the number of valid panels it leaves, then the people within a group uniformly.
     *
     * @return the panel as sorted respondent indexes
     * @throws IllegalStateException when there is no valid panel
     */
    public int[] sample(RandomGenerator random) {
        if (total.signum() == 0) {
            throw new IllegalStateException("there is no valid panel");
        }
        var completions = backward();
        State current = new State(new int[width]);
        List<Integer> panel = new ArrayList<>();
        for (int t = 0; t < items.size(); t++) {
            var item = items.get(t);
            List<State> next = new ArrayList<>();
            List<Item.Option> taken = new ArrayList<>();
            List<BigInteger> weights = new ArrayList<>();
            BigInteger sum = BigInteger.ZERO;
            for (var option : item.options()) {
                var state = transition(current, option, t);
                BigInteger after = state == null ? null : completions.get(t + 1).get(state);
                if (state != null && after != null) {
                    next.add(state);
                    taken.add(option);
                    weights.add(after.multiply(option.ways()));
                    sum = sum.add(after.multiply(option.ways()));
                }
            }
            int chosen = index(random, weights, sum);
            current = next.get(chosen);
            var option = taken.get(chosen);
            if (option.member() >= 0) {
                panel.add(groups.members()[option.member()][0]);
            } else if (option.seats() > 0) {
                panel.addAll(someOf(groups.members()[item.group()], option.seats(), random));
            }
        }
        return panel.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private BigInteger forward(int maxStates, RunControl control) {
        Map<State, BigInteger> layer = new LinkedHashMap<>();
        if (!nobodyIsRequiredOfAbsentValues()) {
            layers.add(layer);
            return BigInteger.ZERO;
        }
        layer.put(new State(new int[width]), BigInteger.ONE);
        long kept = 0;
        for (int t = 0; t < items.size(); t++) {
            control.step();
            layers.add(layer);
            Map<State, BigInteger> next = new LinkedHashMap<>();
            for (var entry : layer.entrySet()) {
                for (var option : items.get(t).options()) {
                    var state = transition(entry.getKey(), option, t);
                    if (state != null) {
                        next.merge(state, entry.getValue().multiply(option.ways()), BigInteger::add);
                    }
                }
            }
            kept += next.size();
            if (next.size() > maxStates || kept > 5L * maxStates) {
                throw new OutOfReachException(next.size(), kept, maxStates, t + 1, items.size());
            }
            layer = next;
        }
        layers.add(layer);
        // Every value's seats were checked when its last item passed; what is left is the panel's size.
        return layer.entrySet().stream()
                .filter(e -> e.getKey().counts()[0] == instance.k())
                .map(Map.Entry::getValue)
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** A value no one in the pool has is closed from the start: its minimum must be 0. */
    private boolean nobodyIsRequiredOfAbsentValues() {
        for (int c = 0; c < offset.length; c++) {
            for (int v = 0; v < instance.valueCount(c); v++) {
                if (room[0][offset[c] + v] == 0 && instance.min()[c][v] > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** For each step, the number of ways to complete each summary with the items still to come. */
    private List<Map<State, BigInteger>> backward() {
        List<Map<State, BigInteger>> completions = new ArrayList<>();
        for (int t = 0; t <= items.size(); t++) {
            completions.add(new LinkedHashMap<>());
        }
        layers.get(items.size()).keySet().stream()
                .filter(state -> state.counts()[0] == instance.k())
                .forEach(state -> completions.get(items.size()).put(state, BigInteger.ONE));
        for (int t = items.size() - 1; t >= 0; t--) {
            var after = completions.get(t + 1);
            for (var state : layers.get(t).keySet()) {
                BigInteger sum = BigInteger.ZERO;
                for (var option : items.get(t).options()) {
                    var next = transition(state, option, t);
                    BigInteger ways = next == null ? null : after.get(next);
                    if (ways != null) {
                        sum = sum.add(ways.multiply(option.ways()));
                    }
                }
                if (sum.signum() > 0) {
                    completions.get(t).put(state, sum);
                }
            }
        }
        return completions;
    }

    /**
     * The summary after item {@code t} takes this option, or {@code null} when the items still to come cannot complete
     * it: no value above its maximum, room for the seats left, and for each category enough seats left to bring every
     * value up to its minimum. A value no later item has is closed: its seats are final, so they are checked against
     * its minimum and forgotten (set to 0), which merges summaries that differ only there. Items come sorted by their
     * values, so the values of the first categories close one after another and the summaries stay few.
     */
    @Nullable
    State transition(State state, Item.Option option, int t) {
        int[] counts = state.counts().clone();
        counts[0] += option.seats();
        int seatsLeft = instance.k() - counts[0];
        int[] roomLeft = room[t + 1];
        if (seatsLeft < 0 || seatsLeft > roomLeft[0]) {
            return null;
        }
        for (int c = 0; c < offset.length; c++) {
            counts[offset[c] + option.values()[c]] += option.seats();
            int missing = 0;
            for (int v = 0; v < instance.valueCount(c); v++) {
                int slot = offset[c] + v;
                if (room[t][slot] == 0) {
                    continue; // closed before this item: checked then
                }
                int have = counts[slot];
                if (have > instance.max()[c][v] || have + roomLeft[slot] < instance.min()[c][v]) {
                    return null;
                }
                if (roomLeft[slot] == 0) {
                    counts[slot] = 0; // closed, and at least its minimum
                } else {
                    missing += Math.max(0, instance.min()[c][v] - have);
                }
            }
            if (missing > seatsLeft) {
                return null;
            }
        }
        return new State(counts);
    }

    /** room[t]: the most seats, in total and per value, that the items from t on can fill. */
    private int[][] room() {
        int[][] room = new int[items.size() + 1][width];
        for (int t = items.size() - 1; t >= 0; t--) {
            room[t] = room[t + 1].clone();
            var item = items.get(t);
            int most = Math.min(item.mostSeats(), instance.k());
            room[t][0] += most;
            Set<Integer> slots = new HashSet<>(); // a household fills at most one seat of any value
            for (var option : item.options()) {
                for (int c = 0; c < offset.length; c++) {
                    slots.add(offset[c] + option.values()[c]);
                }
            }
            for (int slot : slots) {
                room[t][slot] += most;
            }
        }
        return room;
    }

    /**
     * The groups outside households, then the households, each sorted by their values with the category of most values
     * first, so that values close early (see {@link #transition}).
     */
    private static List<Item> items(Instance instance, Groups groups) {
        Integer[] categories = new Integer[instance.categoryCount()];
        for (int c = 0; c < categories.length; c++) {
            categories[c] = c;
        }
        Arrays.sort(categories, Comparator.comparingInt((Integer c) -> -instance.valueCount(c)));
        Comparator<int[]> byValues = (a, b) -> {
            for (int c : categories) {
                int order = Integer.compare(a[c], b[c]);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
        boolean[] inHousehold = new boolean[groups.count()];
        for (int[] household : groups.households()) {
            for (int g : household) {
                inHousehold[g] = true;
            }
        }
        List<Item> items = new ArrayList<>();
        for (int t = 0; t < groups.count(); t++) {
            if (!inHousehold[t]) {
                items.add(Item.group(t, groups.values()[t], groups.size(t), instance.k()));
            }
        }
        items.sort((a, b) ->
                byValues.compare(a.options().get(0).values(), b.options().get(0).values()));
        List<Item> households = new ArrayList<>();
        for (int[] household : groups.households()) {
            households.add(Item.household(household, groups.values()));
        }
        households.sort((a, b) ->
                byValues.compare(a.options().get(0).values(), b.options().get(0).values()));
        items.addAll(households);
        return items;
    }

    static List<Integer> someOf(int[] members, int count, RandomGenerator random) {
        int[] shuffled = members.clone();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        return Arrays.stream(shuffled, 0, count).boxed().toList();
    }

    /** An index drawn with probability weight/sum, exactly: a uniform integer below the sum, by rejection. */
    private static int index(RandomGenerator random, List<BigInteger> weights, BigInteger sum) {
        BigInteger draw;
        do {
            byte[] bytes = new byte[sum.bitLength() / 8 + 1];
            random.nextBytes(bytes);
            bytes[0] &= (byte) (0xff >>> (8 * bytes.length - sum.bitLength()));
            draw = new BigInteger(1, bytes);
        } while (draw.compareTo(sum) >= 0);
        for (int i = 0; i < weights.size(); i++) {
            draw = draw.subtract(weights.get(i));
            if (draw.signum() < 0) {
                return i;
            }
        }
        throw new IllegalStateException("the weights do not add up to their sum");
    }

    private static double ratio(BigInteger part, BigInteger whole) {
        return new BigDecimal(part)
                .divide(new BigDecimal(whole), MathContext.DECIMAL64)
                .doubleValue();
    }

    /** A partial panel's summary: its size, then its seats per value of each category. */
    record State(int[] counts, int hash) {

        State(int[] counts) {
            this(counts, Arrays.hashCode(counts));
        }

        @Nullable
        @Override
        public boolean equals(Object other) {
            return other instanceof State state && Arrays.equals(counts, state.counts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
