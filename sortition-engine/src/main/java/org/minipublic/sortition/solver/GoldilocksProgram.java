package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * The Goldilocks objective (Baharav and Flanigan, arXiv 2406.15009) as a linear program over each group's chance
 * {@code c_t}: minimise {@code (n/k)·high + γ·(k/n)·inverse} where {@code high ≥ c_t} for every group, {@code low ≤ c_t}
 * for every group that can be on a panel, and {@code inverse ≥ 1/low}. The convex {@code 1/low} is approximated from
 * below by tangent lines (Kelley's cutting planes), one more wherever the approximation is too optimistic, until it is
 * exact to within the tolerance; it is one-dimensional, so a handful of tangents suffice.
 *
 * <p>The chances are tied to panels in one of two ways: on the relaxed panel polytope (expected seats meet the panel
 * size, targets and household rule, {@link #relaxed}) or as a lottery over given panels ({@link #overPanels}), to
 * which column generation adds panels priced by the duals of the chance rows.
 *
 * <p>People with the same value in every category who share no household are one group and so always get the same
 * chance. People in households are groups of one; {@code equalWithin} optionally keeps those with the same values
 * within that distance of each other's chance.
 */
public final class GoldilocksProgram implements AutoCloseable {

    /**
     * 1/low counts as exact when the tangents understate it by less than this fraction (the linear solver's own
     * tolerances leave a gap of about 10⁻⁸ even at a tangent's point).
     */
    private static final double TOLERANCE = 1e-7;

    /** The lowest tangent, in units of k/n: a smallest chance below it counts as 0. */
    private static final double SMALLEST_TANGENT = 1e-6;

    private static final int MAX_ROUNDS = 500;

    /** The objective's price per unit of chance by which people with the same values differ beyond equalWithin. */
    private static final double EXCESS_PRICE = 1e5;

    /** Starting tangents, in units of k/n. */
    private static final double[] START_TANGENTS = {0.02, 0.1, 0.25, 0.5, 0.75, 1, 1.5};

    private final MPSolver solver;
    private final Groups groups;
    private final RunControl control;
    private final MPVariable[] chance;
    private final MPVariable high;
    private final MPVariable low;
    private final MPVariable inverse;
    private final MPVariable excess;
    private final double fair;
    private @Nullable MPConstraint convexity;
    private final MPConstraint[] link;
    private final List<MPVariable> lambda = new ArrayList<>();
    private final List<int[]> panels = new ArrayList<>();
    private double lastTangent = Double.NaN;
    private boolean lowestTangentPlaced;

    private GoldilocksProgram(
            Groups groups,
            boolean[] possible,
            int people,
            int panelSize,
            double gamma,
            @Nullable Double equalWithin,
            RunControl control) {
        OrTools.load();
        this.groups = groups;
        this.control = control;
        this.solver = MPSolver.createSolver("GLOP");
        // Column generation with GLOP's default primal simplex stalled for minutes in one solve on sf_fixture_150_22;
        // the dual simplex, which also suits the tangent rows added as cuts, solves the same programs in milliseconds.
        solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
        this.fair = (double) panelSize / people;
        this.high = solver.makeNumVar(0, 1, "high");
        this.low = solver.makeNumVar(0, 1, "low");
        this.inverse = solver.makeNumVar(0, MPSolver.infinity(), "inverse");
        this.excess = solver.makeNumVar(0, equalWithin == null ? 0 : 1, "excess");
        this.chance = new MPVariable[groups.count()];
        this.link = new MPConstraint[groups.count()];
        for (int t = 0; t < chance.length; t++) {
            chance[t] = solver.makeNumVar(0, possible[t] ? 1 : 0, "chance" + t);
            var below = solver.makeConstraint(-MPSolver.infinity(), 0, "high" + t);
            below.setCoefficient(chance[t], 1);
            below.setCoefficient(high, -1);
            if (possible[t]) {
                var above = solver.makeConstraint(0, MPSolver.infinity(), "low" + t);
                above.setCoefficient(chance[t], 1);
                above.setCoefficient(low, -1);
            }
        }
        if (equalWithin != null) {
            equalWithin(possible, equalWithin);
        }
        solver.objective().setCoefficient(high, 1 / fair);
        solver.objective().setCoefficient(inverse, gamma * fair);
        // Going beyond equalWithin is allowed at a prohibitive price, so that the program always has a solution (the
        // panels known early in column generation may not allow close chances) and says how close they can get.
        solver.objective().setCoefficient(excess, EXCESS_PRICE);
        solver.objective().setMinimization();
        for (double q : START_TANGENTS) {
            tangent(q * fair);
        }
    }

    /** Goldilocks on the relaxed panel polytope, as if seats could be split. */
    public static GoldilocksProgram relaxed(
            Instance instance,
            Groups groups,
            boolean[] possible,
            double gamma,
            @Nullable Double equalWithin,
            RunControl control) {
        var program = new GoldilocksProgram(groups, possible, instance.n(), instance.k(), gamma, equalWithin, control);
        MPVariable[] seats = new MPVariable[groups.count()];
        for (int t = 0; t < seats.length; t++) {
            seats[t] = program.solver.makeNumVar(0, groups.size(t), "seats" + t);
            program.link[t] = program.solver.makeConstraint(0, 0, "seats_are_chance" + t);
            program.link[t].setCoefficient(seats[t], 1);
            program.link[t].setCoefficient(program.chance[t], -groups.size(t));
        }
        RelaxedLeximin.rules(program.solver, seats, instance, groups);
        return program;
    }

    /** Goldilocks over the panels added with {@link #addPanel}. */
    public static GoldilocksProgram overPanels(
            Instance instance,
            Groups groups,
            boolean[] possible,
            double gamma,
            @Nullable Double equalWithin,
            RunControl control) {
        var program = new GoldilocksProgram(groups, possible, instance.n(), instance.k(), gamma, equalWithin, control);
        program.convexity = program.solver.makeConstraint(1, 1, "convexity");
        for (int t = 0; t < groups.count(); t++) {
            program.link[t] = program.solver.makeConstraint(0, 0, "chance_of_panels" + t);
            program.link[t].setCoefficient(program.chance[t], 1);
        }
        return program;
    }

    /** Adds a panel (seats per group) as a column; only for {@link #overPanels}. */
    public void addPanel(int[] seats) {
        var weights = convexity;
        if (weights == null) {
            throw new IllegalStateException("the relaxed program has no panels");
        }
        var column = solver.makeNumVar(0, 1, "lambda" + lambda.size());
        weights.setCoefficient(column, 1);
        for (int t = 0; t < seats.length; t++) {
            if (seats[t] > 0) {
                link[t].setCoefficient(column, -(double) seats[t] / groups.size(t));
            }
        }
        lambda.add(column);
        panels.add(seats.clone());
    }

    /**
     * Solves, adding tangents until 1/low is exact. The prices are what a seat of each group is worth to the objective
     * (positive for groups at the smallest chance, negative at the largest), for pricing new panels.
     *
     * @return the optimum, or empty when the program has no solution (for example no lottery keeps the chances of
     *     people with the same values close enough)
     */
    public Optional<Solution> solve() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var status = OrTools.solve(solver, null, control);
            if (status == MPSolver.ResultStatus.ABNORMAL) {
                solver.reset();
                status = OrTools.solve(solver, null, control);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return Optional.empty();
            }
            double smallest = low.solutionValue();
            if (smallest > 0 && inverse.solutionValue() >= (1 - TOLERANCE) / smallest) {
                return Optional.of(solution());
            }
            if (smallest < SMALLEST_TANGENT * fair) {
                if (lowestTangentPlaced) {
                    // Even at a prohibitive price the smallest chance stays 0: a group counted here has no chance.
                    return Optional.empty();
                }
                // Makes a smallest chance of 0 cost 2·10⁶·γ, more than any largest chance can save.
                tangent(SMALLEST_TANGENT * fair);
                lowestTangentPlaced = true;
                continue;
            }
            if (Math.abs(smallest - lastTangent) <= 1e-12 * smallest) {
                // A tangent is already there: what is left is the linear solver's own tolerance.
                return Optional.of(solution());
            }
            tangent(smallest);
            lastTangent = smallest;
        }
        return Optional.empty();
    }

    private Solution solution() {
        double[] chances = new double[chance.length];
        double[] prices = new double[chance.length];
        for (int t = 0; t < chances.length; t++) {
            chances[t] = Math.max(0, chance[t].solutionValue());
            prices[t] = link[t].dualValue();
        }
        double[] weights = new double[lambda.size()];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = Math.max(0, lambda.get(p).solutionValue());
        }
        orientPrices(prices, weights);
        double best = Double.NEGATIVE_INFINITY;
        for (int[] panel : panels) {
            best = Math.max(best, value(panel, prices));
        }
        return new Solution(
                chances,
                weights,
                prices,
                best,
                high.solutionValue(),
                low.solutionValue(),
                excess.solutionValue(),
                solver.objective().value());
    }

    /**
     * For a minimisation GLOP gives each dual as the change of the objective per unit of the row's right-hand side, so
     * a seat is worth minus the dual. Checked on the known panels: at an optimum none is worth more than those the
     * lottery uses; if one is, the solver used the other sign.
     */
    private void orientPrices(double[] prices, double[] weights) {
        for (int t = 0; t < prices.length; t++) {
            prices[t] = -prices[t];
        }
        double used = Double.NEGATIVE_INFINITY;
        double all = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < panels.size(); p++) {
            double value = value(panels.get(p), prices);
            all = Math.max(all, value);
            if (weights[p] > 1e-9) {
                used = Math.max(used, value);
            }
        }
        if (all > used + 1e-7 * (1 + Math.abs(used))) {
            for (int t = 0; t < prices.length; t++) {
                prices[t] = -prices[t];
            }
        }
    }

    /** What a panel is worth at these prices per group: Σ_t prices_t·seats_t/size_t. */
    private double value(int[] panel, double[] prices) {
        double value = 0;
        for (int t = 0; t < panel.length; t++) {
            value += prices[t] * panel[t] / groups.size(t);
        }
        return value;
    }

    /** inverse ≥ 1/low, by the tangent at q: inverse ≥ 2/q − low/q². */
    private void tangent(double q) {
        var cut = solver.makeConstraint(2 / q, MPSolver.infinity(), "tangent");
        cut.setCoefficient(inverse, 1);
        cut.setCoefficient(low, 1 / (q * q));
    }

    /** For each set of groups with the same values, a base chance all of them stay within {@code epsilon} above. */
    private void equalWithin(boolean[] possible, double epsilon) {
        Map<String, List<Integer>> alike = new LinkedHashMap<>();
        for (int t = 0; t < chance.length; t++) {
            if (possible[t]) {
                alike.computeIfAbsent(Arrays.toString(groups.values()[t]), unused -> new ArrayList<>())
                        .add(t);
            }
        }
        int set = 0;
        for (var members : alike.values()) {
            if (members.size() < 2) {
                continue;
            }
            var base = solver.makeNumVar(0, 1, "base" + set++);
            for (int t : members) {
                var above = solver.makeConstraint(0, MPSolver.infinity(), "at_least_base" + t);
                above.setCoefficient(chance[t], 1);
                above.setCoefficient(base, -1);
                var near = solver.makeConstraint(-MPSolver.infinity(), epsilon, "near_base" + t);
                near.setCoefficient(chance[t], 1);
                near.setCoefficient(base, -1);
                near.setCoefficient(excess, -1);
            }
        }
    }

    @Override
    public void close() {
        solver.delete();
    }

    /**
     * @param chances each group's chance
     * @param panelWeights how often to use each panel, in the order added (empty for the relaxed program)
     * @param prices what a seat of each group is worth to the objective, for pricing new panels (per group, not per
     *     seat: divide by the group's size)
     * @param bestKnown the value of the best known panel at these prices
     * @param largest the largest chance
     * @param smallest the smallest chance of anyone who can be on a panel
     * @param excess how far beyond {@code equalWithin} the chances of people with the same values differ (0 when
     *     they are within it)
     * @param objective (n/k)·largest + γ·(k/n)/smallest, plus the price of any excess
     */
    public record Solution(
            double[] chances,
            double[] panelWeights,
            double[] prices,
            double bestKnown,
            double largest,
            double smallest,
            double excess,
            double objective) {}
}
