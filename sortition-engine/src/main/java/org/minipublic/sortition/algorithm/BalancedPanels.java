package org.minipublic.sortition.algorithm;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RelaxedMaximin;
import org.minipublic.sortition.solver.RunControl;

/**
 * Builds valid panels one after another without a solver, each from the people furthest behind the chance aimed at
 * for them, so that over many panels everyone's share of the panels comes close to it. The chance aimed at gives
 * everyone at least the relaxed bound ({@link RelaxedMaximin}) and comes close to the targets on average (see
 * {@link SpreadChances}); the panels themselves always meet them.
 */
public final class BalancedPanels {

    /**
     * How much more falling behind the bound counts than falling behind the rest of one's aim. Measured on the
     * 50,000-person benchmark pool (2,000 panels): 3 left 2,609 people on no panel, 30 left 225; 1,000 let the people
     * at the bound crowd the start of every pass, so the scarce values' minimums went unmet and nearly every panel had
     * to repeat the one before.
     */
    private static final double BOUND_FIRST = 30;

    /**
     * The share of the aim taken from the linear program's vertex, which seats the few people whose values fill
     * scarce minimums together; the rest spreads the seats above the bound over everyone. On the 50,000-person pool,
     * with half from the vertex the passes got stuck after about 200 panels (the people the minimums need had fallen
     * "ahead" of their aim), with none from it at once; without the spread a few people sit on every panel.
     */
    private static final double VERTEX_SHARE = 0.8;

    /**
     * The random amounts added to how far behind people are, in panels, one per attempt: the first only breaks ties;
     * when a pass gets stuck, the next attempts shake the order more and more.
     */
    private static final double[] SHAKES = {1e-3, 0.1, 0.3, 1, 3};

    private final double bound;
    private final double[] aim;
    private final int[] times;
    private final long[] keys;
    private final int[] order;
    private final PanelPass pass;
    private int built;
    private int repeats;
    private int @Nullable [] last;

    private BalancedPanels(Instance instance, double bound, double[] aim) {
        this.bound = bound;
        this.aim = aim;
        this.times = new int[instance.n()];
        this.keys = new long[instance.n()];
        this.order = new int[instance.n()];
        this.pass = new PanelPass(instance);
    }

    /**
     * @return empty when no split of seats meets the targets (then no panel does either) or the linear program failed
     *     numerically
     */
    public static Optional<BalancedPanels> of(Instance instance, Groups groups, RunControl control) {
        return RelaxedMaximin.solve(instance, groups, control).map(point -> {
            double[] spread = SpreadChances.above(instance, point.bound());
            double[] aim = new double[instance.n()];
            for (int i = 0; i < aim.length; i++) {
                int t = groups.groupOf()[i];
                double vertex = point.bound() + point.excessSeats()[t] / groups.size(t);
                aim[i] = VERTEX_SHARE * vertex + (1 - VERTEX_SHARE) * spread[i];
            }
            return new BalancedPanels(instance, point.bound(), aim);
        });
    }

    /** No lottery over valid panels gives everyone a larger chance than this. */
    public double bound() {
        return bound;
    }

    /** How many panels repeat the one before, because no new one was found. */
    public int repeats() {
        return repeats;
    }

    /**
     * The next panel, as sorted person indexes. When the passes over a few shaken orders all get stuck, the panel
     * before is used again (still valid, and counted as seated, so the order of who is behind stays true); empty only
     * when that happens to the first panel. Each panel is one step of the run: a time limit stops before a panel,
     * never inside one, so a re-run stopped after as many steps has drawn the same random numbers.
     */
    public Optional<int[]> next(RandomGenerator random, RunControl control) {
        control.step();
        int[] panel = null;
        for (int s = 0; s < SHAKES.length && panel == null; s++) {
            prioritise(random, SHAKES[s]);
            panel = pass.fill(order).orElse(null);
        }
        if (panel == null) {
            if (last == null) {
                return Optional.empty();
            }
            panel = last;
            repeats++;
        }
        for (int i : panel) {
            times[i]++;
        }
        built++;
        last = panel;
        return Optional.of(panel);
    }

    /**
     * Orders everyone by how far behind they are: by panel b + 1 a person aimed at chance p should sit on (b + 1)·p
     * panels, and on (b + 1)·bound at least. A random amount up to {@code shake} breaks ties or shakes the order.
     */
    private void prioritise(RandomGenerator random, double shake) {
        for (int i = 0; i < keys.length; i++) {
            double belowBound = Math.max(0, (built + 1) * bound - times[i]);
            double behind = BOUND_FIRST * belowBound + (built + 1) * aim[i] - times[i] + random.nextDouble() * shake;
            // Most behind first: sort ascending on -behind, whose float bits, made sortable as signed ints, keep its
            // order; the person's index rides in the low half.
            int bits = Float.floatToIntBits((float) -behind);
            int sortable = bits < 0 ? ~bits ^ Integer.MIN_VALUE : bits;
            keys[i] = ((long) sortable << 32) | i;
        }
        java.util.Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
    }
}
