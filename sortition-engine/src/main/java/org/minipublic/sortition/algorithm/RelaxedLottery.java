package org.minipublic.sortition.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.FaceDecomposition;
import org.minipublic.sortition.solver.RunControl;

/**
 * Turns chances computed on the relaxed panel polytope (as if seats could be split) into a lottery over real panels.
 * When this works, the relaxed answer is achievable, and since no lottery over real panels can beat the relaxed
 * optimum, it is the exact answer.
 */
final class RelaxedLottery {

    private RelaxedLottery() {}

    /**
     * The lottery and the number of panel searches it took, if the chances can be reached with real panels; every
     * real panel met on the way goes to {@code found}.
     */
    static Optional<Reached> of(
            Instance instance, Groups groups, double[] chances, Consumer<int[]> found, RunControl control) {
        control.phase("writing the relaxed lottery as a lottery over real panels");
        double[] expected = new double[groups.count()];
        for (int t = 0; t < expected.length; t++) {
            expected[t] = chances[t] * groups.size(t);
        }
        var decomposition = FaceDecomposition.decompose(instance, groups, expected, found, control);
        if (decomposition.isEmpty()) {
            return Optional.empty();
        }
        var lottery = decomposition.get().lottery();
        List<int[]> panels = new ArrayList<>();
        double[] weights = new double[lottery.size()];
        int p = 0;
        for (var entry : lottery.entrySet()) {
            panels.add(entry.getKey().stream().mapToInt(Integer::intValue).toArray());
            weights[p++] = entry.getValue();
        }
        var distribution = new Distribution(groups, panels, weights).withoutNegligible(1e-12);
        return Optional.of(new Reached(distribution, decomposition.get().solves()));
    }

    /** A lottery over real panels, found with {@code solverCalls} panel searches. */
    record Reached(Distribution distribution, int solverCalls) {

        Outcome outcome(int earlierSolverCalls) {
            return new Outcome(
                    distribution,
                    distribution.chances(),
                    List.of(),
                    distribution.panels().size(),
                    earlierSolverCalls + solverCalls,
                    0);
        }
    }
}
