package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minipublic.sortition.model.TypeTable;

/**
 * The Nash lottery over a given set of panels: how often to use each so that Σ_t size_t·log(chance_t) is largest,
 * where chance_t = Σ_P λ_P·seats_t(P)/size_t. As in {@link RelaxedNash}, the logarithm is approximated from above by
 * tangent lines, adding one wherever the approximation is too optimistic. New panels are new columns; tangents stay
 * valid, so one program serves the whole column generation.
 */
public final class PanelNash implements AutoCloseable {

    private static final double TOLERANCE = 1e-6;
    private static final int MAX_ROUNDS = 2_000;
    private static final double[] START_TANGENTS = {1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1};

    private final TypeTable types;
    private final boolean[] possible;
    private final MPSolver solver;
    private final MPConstraint convexity;
    private final MPConstraint[] seatsRow;
    private final MPVariable[] seats;
    private final MPVariable[] log;
    private final List<MPVariable> lambda = new ArrayList<>();
    private final double smallestTangent;

    /** @param possible the types that count (those that can be on a panel); the others have chance 0 */
    public PanelNash(TypeTable types, boolean[] possible) {
        OrTools.load();
        this.types = types;
        this.possible = possible.clone();
        int people = 0;
        for (int t = 0; t < possible.length; t++) {
            people += possible[t] ? types.size(t) : 0;
        }
        // At the optimum no panel's gradient Σ seats/chance exceeds the number of people, so every type that can be
        // selected has a chance of at least 1/people: no tangent is needed below half that.
        this.smallestTangent = 0.5 / Math.max(1, people);
        this.solver = MPSolver.createSolver("GLOP");
        this.convexity = solver.makeConstraint(1, 1, "convexity");
        this.seats = new MPVariable[types.count()];
        this.log = new MPVariable[types.count()];
        this.seatsRow = new MPConstraint[types.count()];
        for (int t = 0; t < seats.length; t++) {
            seats[t] = solver.makeNumVar(0, types.size(t), "seats" + t);
            seatsRow[t] = solver.makeConstraint(0, 0, "seats_of_panels" + t);
            seatsRow[t].setCoefficient(seats[t], -1);
            if (possible[t]) {
                log[t] = solver.makeNumVar(-MPSolver.infinity(), 0, "log" + t);
                solver.objective().setCoefficient(log[t], types.size(t));
                for (double q : START_TANGENTS) {
                    tangent(t, q);
                }
            }
        }
        solver.objective().setMaximization();
    }

    public void addPanel(int[] panel) {
        var weight = solver.makeNumVar(0, 1, "lambda" + lambda.size());
        lambda.add(weight);
        convexity.setCoefficient(weight, 1);
        for (int t = 0; t < panel.length; t++) {
            if (panel[t] != 0) {
                seatsRow[t].setCoefficient(weight, panel[t]);
            }
        }
    }

    /** The optimum over the panels added so far, or empty when the linear programs failed. */
    public Optional<Solution> solve() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                // After many cuts GLOP's warm start now and then ends ABNORMAL; started afresh, it solves.
                solver.reset();
                status = solver.solve();
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return Optional.empty();
            }
            // Read the whole solution first: adding a cut discards it.
            double[] chance = new double[seats.length];
            double[] logValue = new double[seats.length];
            for (int t = 0; t < seats.length; t++) {
                chance[t] = Math.max(0, seats[t].solutionValue()) / types.size(t);
                logValue[t] = possible[t] ? log[t].solutionValue() : 0;
            }
            double[] weights = lambda.stream()
                    .mapToDouble(v -> Math.max(0, v.solutionValue()))
                    .toArray();
            boolean cut = false;
            for (int t = 0; t < seats.length; t++) {
                if (possible[t] && logValue[t] - Math.log(Math.max(chance[t], 1e-300)) > TOLERANCE) {
                    cut = true;
                    // Tangents at tiny chances have huge slopes that upset the simplex method.
                    tangent(t, Math.max(chance[t], smallestTangent));
                }
            }
            if (!cut) {
                return Optional.of(new Solution(weights, chance));
            }
        }
        return Optional.empty();
    }

    /**
     * @param panelWeights each panel's probability, in the order added
     * @param chances each type's chance under them
     */
    public record Solution(double[] panelWeights, double[] chances) {}

    /** log(p) ≤ log(q) + (p − q)/q, with p = seats/size: the tangent of the logarithm at q. */
    private void tangent(int t, double q) {
        var cut = solver.makeConstraint(-MPSolver.infinity(), Math.log(q) - 1, "tangent");
        cut.setCoefficient(log[t], 1);
        cut.setCoefficient(seats[t], -1.0 / (types.size(t) * q));
    }

    @Override
    public void close() {
        solver.delete();
    }
}
