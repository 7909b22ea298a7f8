package org.minipublic.sortition.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;

/**
 * Writes expected seats per group as a lottery over real panels, Carathéodory-style: take a real panel that meets, with
 * equality, every rule the current point meets with equality (a panel on the point's face), move the point away from
 * that panel as far as the rules allow, and repeat. Each step makes at least one more rule tight, so it ends after at
 * most one step per group and rule. When some step finds no real panel on the face, the point may need panels that do
 * not exist, and the caller falls back to column generation.
 */
public final class FaceDecomposition {

    /**
     * Rules and bounds within this much of their limit count as tight. It is measured on the undistributed seats (not
     * divided by the remaining weight), so rounding errors do not grow as the remaining weight shrinks.
     */
    private static final double TIGHT = 1e-9;

    /** Stop once the undistributed weight is below this; the chances are then exact to about this much. */
    private static final double DONE = 1e-7;

    private final Instance instance;
    private final Groups groups;
    private final List<int[]> rows = new ArrayList<>();
    private final List<double[]> limits = new ArrayList<>();
    private final MPSolver solver;
    private final MPVariable[] seats;
    private final List<MPConstraint> constraints = new ArrayList<>();
    private final MPSolverParameters parameters = new MPSolverParameters();
    private final RunControl control;
    private int solves;

    private FaceDecomposition(Instance instance, Groups groups, RunControl control) {
        OrTools.load();
        this.control = control;
        this.instance = instance;
        this.groups = groups;
        this.solver = MPSolver.createSolver("SCIP");
        solver.setSolverSpecificParametersAsString(ScipSettings.FACE);
        this.seats = new MPVariable[groups.count()];
        for (int t = 0; t < seats.length; t++) {
            seats[t] = solver.makeIntVar(0, groups.size(t), "seats" + t);
        }
        addRow(allGroups(), instance.k(), instance.k());
        for (int c = 0; c < instance.categoryCount(); c++) {
            for (int v = 0; v < instance.valueCount(c); v++) {
                addRow(groupsWith(c, v), instance.min()[c][v], instance.max()[c][v]);
            }
        }
        groups.households().forEach(household -> addRow(household, 0, 1));
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-6);
    }

    /**
     * @param expectedSeats the expected seats of each group (a point of the relaxed panel polytope)
     * @param found receives every real panel found, also when the decomposition fails (they can start column
     *     generation)
     * @return the panels (seats per group) with their probabilities, or empty when some step finds no real panel
     */
    public static Optional<Result> decompose(
            Instance instance, Groups groups, double[] expectedSeats, Consumer<int[]> found, RunControl control) {
        var decomposition = new FaceDecomposition(instance, groups, control);
        try {
            return decomposition.run(expectedSeats.clone(), found).map(l -> new Result(l, decomposition.solves));
        } finally {
            decomposition.solver.delete();
        }
    }

    /**
     * @param lottery each panel (seats per group) with its probability
     * @param solves how many panel searches the decomposition took
     */
    public record Result(Map<List<Integer>, Double> lottery, int solves) {}

    private Optional<Map<List<Integer>, Double>> run(double[] x, Consumer<int[]> found) {
        Map<List<Integer>, Double> lottery = new LinkedHashMap<>();
        double weight = 1;
        int maxSteps = 2 * (groups.count() + rows.size()) + 10;
        for (int step = 0; step < maxSteps && weight > DONE; step++) {
            var panel = panelOnFace(x, weight);
            if (panel.isEmpty()) {
                return Optional.empty();
            }
            int[] p = panel.get();
            found.accept(p);
            double theta = largestStep(x, weight, p);
            if (theta <= 1e-12) {
                return Optional.empty();
            }
            for (int t = 0; t < x.length; t++) {
                x[t] -= theta * p[t];
            }
            weight -= theta;
            lottery.merge(asList(p), theta, Double::sum);
            double placed = 1 - weight;
            control.report(() -> String.format(
                    Locale.ROOT,
                    "Writing the lottery over real panels: %d panels so far, %.1f%% of it placed",
                    lottery.size(),
                    100 * placed));
        }
        if (weight > DONE) {
            return Optional.empty();
        }
        double total = 1 - weight;
        lottery.replaceAll((panel, probability) -> probability / total);
        return Optional.of(lottery);
    }

    /** A real panel meeting with equality every rule and bound the point meets with equality. */
    private Optional<int[]> panelOnFace(double[] x, double weight) {
        var objective = solver.objective();
        for (int t = 0; t < seats.length; t++) {
            double share = x[t] / weight;
            int n = groups.size(t);
            seats[t].setBounds(x[t] >= n * weight - TIGHT ? n : 0, x[t] <= TIGHT ? 0 : n);
            // Prefer groups with many expected seats: the step away from the panel can then be long.
            objective.setCoefficient(seats[t], share);
        }
        objective.setMaximization();
        for (int r = 0; r < rows.size(); r++) {
            double value = sum(rows.get(r), x);
            double lo = limits.get(r)[0];
            double hi = limits.get(r)[1];
            constraints
                    .get(r)
                    .setBounds(value >= hi * weight - TIGHT ? hi : lo, value <= lo * weight + TIGHT ? lo : hi);
        }
        solves++;
        var status = OrTools.solve(solver, parameters, control);
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return Optional.empty();
        }
        int[] panel = new int[seats.length];
        for (int t = 0; t < seats.length; t++) {
            panel[t] = (int) Math.round(seats[t].solutionValue());
        }
        return Optional.of(panel);
    }

    /** The largest θ such that (x − θ·panel)/(weight − θ) still meets every rule and bound. */
    private double largestStep(double[] x, double weight, int[] panel) {
        double theta = weight;
        for (int t = 0; t < x.length; t++) {
            int n = groups.size(t);
            if (panel[t] > 0) {
                theta = Math.min(theta, x[t] / panel[t]);
            }
            if (panel[t] < n) {
                theta = Math.min(theta, (n * weight - x[t]) / (n - panel[t]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            double value = sum(rows.get(r), x);
            double seatsOfPanel = sum(rows.get(r), panel);
            double lo = limits.get(r)[0];
            double hi = limits.get(r)[1];
            if (seatsOfPanel > lo) {
                theta = Math.min(theta, (value - lo * weight) / (seatsOfPanel - lo));
            }
            if (seatsOfPanel < hi) {
                theta = Math.min(theta, (hi * weight - value) / (hi - seatsOfPanel));
            }
        }
        return Math.max(0, theta);
    }

    public int solves() {
        return solves;
    }

    private void addRow(int[] members, double lo, double hi) {
        rows.add(members);
        limits.add(new double[] {lo, hi});
        MPConstraint row = solver.makeConstraint(lo, hi, "rule" + rows.size());
        for (int t : members) {
            row.setCoefficient(seats[t], 1);
        }
        constraints.add(row);
    }

    private int[] allGroups() {
        int[] all = new int[groups.count()];
        for (int t = 0; t < all.length; t++) {
            all[t] = t;
        }
        return all;
    }

    private int[] groupsWith(int category, int value) {
        return java.util.stream.IntStream.range(0, groups.count())
                .filter(t -> groups.values()[t][category] == value)
                .toArray();
    }

    private static double sum(int[] members, double[] x) {
        double sum = 0;
        for (int t : members) {
            sum += x[t];
        }
        return sum;
    }

    private static double sum(int[] members, int[] panel) {
        double sum = 0;
        for (int t : members) {
            sum += panel[t];
        }
        return sum;
    }

    private static List<Integer> asList(int[] panel) {
        List<Integer> list = new ArrayList<>(panel.length);
        for (int seats : panel) {
            list.add(seats);
        }
        return list;
    }
}
