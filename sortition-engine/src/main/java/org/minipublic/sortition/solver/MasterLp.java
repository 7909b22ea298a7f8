package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;

/**
 * The restricted master program of leximin (Flanigan et al. 2021): how often to use each known panel so that the
 * smallest chance among the groups not yet fixed is as large as possible while fixed groups keep their chance:
 *
 * <pre>
 *   maximise  z
 *   such that Σ_P λ_P = 1
 *             Σ_P λ_P·seats_t(P)/size_t − z ≥ 0   for each group not yet fixed
 *             Σ_P λ_P·seats_t(P)/size_t ≥ p_t     for each fixed group
 *             λ ≥ 0
 * </pre>
 *
 * One program serves every stage: new panels are new columns and fixing a group changes its row, so the simplex method
 * restarts from the previous basis, whose size depends only on the number of groups. The duals of the chance rows
 * price new panels.
 */
public final class MasterLp {

    private final Groups groups;
    private final RunControl control;
    private final MPSolver solver;
    private final MPConstraint convexity;
    private final MPConstraint[] chance;
    private final MPVariable z;
    private final boolean[] fixed;
    private final List<MPVariable> lambda = new ArrayList<>();
    private final List<double[]> shares = new ArrayList<>();

    public MasterLp(Groups groups, RunControl control) {
        OrTools.load();
        this.groups = groups;
        this.control = control;
        this.solver = MPSolver.createSolver("GLOP");
        this.z = solver.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "z");
        this.convexity = solver.makeConstraint(1, 1, "convexity");
        this.chance = new MPConstraint[groups.count()];
        this.fixed = new boolean[groups.count()];
        for (int t = 0; t < chance.length; t++) {
            chance[t] = solver.makeConstraint(0, MPSolver.infinity(), "chance" + t);
            chance[t].setCoefficient(z, -1);
        }
        solver.objective().setCoefficient(z, 1);
        solver.objective().setMaximization();
    }

    /** From now on the group keeps at least this chance and no longer counts for the smallest chance. */
    public void fix(int group, double chanceOfGroup) {
        fixed[group] = true;
        chance[group].setCoefficient(z, 0);
        chance[group].setLb(chanceOfGroup);
    }

    /** Lowers every fixed chance a little, when rounding has left the program just out of reach. */
    public void relaxFixed(double by) {
        for (int t = 0; t < chance.length; t++) {
            if (fixed[t]) {
                chance[t].setLb(Math.max(0, chance[t].lb() - by));
            }
        }
    }

    /** Adds a panel (seats per group) as a column. */
    public void addPanel(int[] seats) {
        var column = solver.makeNumVar(0, MPSolver.infinity(), "lambda" + lambda.size());
        convexity.setCoefficient(column, 1);
        double[] share = new double[seats.length];
        for (int t = 0; t < seats.length; t++) {
            if (seats[t] > 0) {
                share[t] = (double) seats[t] / groups.size(t);
                chance[t].setCoefficient(column, share[t]);
            }
        }
        lambda.add(column);
        shares.add(share);
    }

    /** The optimum and the prices of the groups, or empty when the program has no optimum (the caller relaxes). */
    public Optional<Solution> solve() {
        var status = OrTools.solve(solver, null, control);
        if (status == MPSolver.ResultStatus.ABNORMAL) {
            solver.reset(); // a fresh start sometimes succeeds where the warm start lost its way
            status = OrTools.solve(solver, null, control);
        }
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            return Optional.empty();
        }
        double[] prices = new double[groups.count()];
        double unfixedSum = 0;
        for (int t = 0; t < prices.length; t++) {
            prices[t] = chance[t].dualValue();
            if (!fixed[t]) {
                unfixedSum += prices[t];
            }
        }
        // Solvers differ in the sign they give duals of a maximisation; the unfixed prices sum to +1.
        double sign = unfixedSum < 0 ? -1 : 1;
        for (int t = 0; t < prices.length; t++) {
            prices[t] = Math.max(0, sign * prices[t]);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (double[] share : shares) {
            best = Math.max(best, value(share, prices));
        }
        double[] weights = new double[lambda.size()];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = Math.max(0, lambda.get(p).solutionValue());
        }
        return Optional.of(new Solution(prices, best, z.solutionValue(), weights));
    }

    public void close() {
        solver.delete();
    }

    private static double value(double[] share, double[] prices) {
        double value = 0;
        for (int t = 0; t < share.length; t++) {
            value += share[t] * prices[t];
        }
        return value;
    }

    /**
     * @param prices the price {@code y_t} of each group (the dual of its chance row)
     * @param bestKnown the value of the best known panel under these prices
     * @param smallestChance the largest smallest chance of the unfixed groups with the known panels
     * @param panelWeights how often to use each known panel, in the order added
     */
    public record Solution(double[] prices, double bestKnown, double smallestChance, double[] panelWeights) {}
}
