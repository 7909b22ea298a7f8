package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minipublic.sortition.model.Groups;

/**
 * The Nash lottery over a given set of panels: how often to use each so that Σ_t size_t·log(chance_t) is largest,
 * where chance_t = Σ_P λ_P·seats_t(P)/size_t, with the logarithm by tangent lines ({@link LogChances}). New panels
 * are new columns; tangents stay valid, so one program serves the whole column generation.
 */
public final class PanelNash implements AutoCloseable {

    private static final int MAX_ROUNDS = 2_000;

    private final MPSolver solver;
    private final MPConstraint convexity;
    private final MPConstraint[] seatsRow;
    private final List<MPVariable> lambda = new ArrayList<>();
    private final LogChances log;

    /** @param possible the groups that count (those that can be on a panel); the others have chance 0 */
    public PanelNash(Groups groups, boolean[] possible, RunControl control) {
        OrTools.load();
        this.solver = MPSolver.createSolver("GLOP");
        this.convexity = solver.makeConstraint(1, 1, "convexity");
        MPVariable[] seats = new MPVariable[groups.count()];
        this.seatsRow = new MPConstraint[groups.count()];
        int people = 0;
        for (int t = 0; t < seats.length; t++) {
            seats[t] = solver.makeNumVar(0, groups.size(t), "seats" + t);
            seatsRow[t] = solver.makeConstraint(0, 0, "seats_of_panels" + t);
            seatsRow[t].setCoefficient(seats[t], -1);
            people += possible[t] ? groups.size(t) : 0;
        }
        // At the optimum no panel's gradient Σ seats/chance exceeds the number of people, so every group that can be
        // selected has a chance of at least 1/people: no tangent is needed below half that.
        this.log = new LogChances(solver, seats, groups, possible, 0.5 / Math.max(1, people), control);
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
        return log.maximise(MAX_ROUNDS)
                .map(chances -> new Solution(
                        lambda.stream()
                                .mapToDouble(v -> Math.max(0, v.solutionValue()))
                                .toArray(),
                        chances));
    }

    /**
     * @param panelWeights each panel's probability, in the order added
     * @param chances each group's chance under them
     */
    public record Solution(double[] panelWeights, double[] chances) {}

    @Override
    public void close() {
        solver.delete();
    }
}
