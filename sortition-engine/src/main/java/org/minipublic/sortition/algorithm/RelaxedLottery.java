package org.minipublic.sortition.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.model.TypeTable;
import org.minipublic.sortition.solver.FaceDecomposition;

/**
 * Turns chances computed on the relaxed panel polytope (as if seats could be split) into a lottery over real panels.
 * When this works, the relaxed answer is achievable, and since no lottery over real panels can beat the relaxed
 * optimum, it is the exact answer.
 */
final class RelaxedLottery {

    private RelaxedLottery() {}

    static Optional<Distribution> of(Instance instance, TypeTable types, double[] chances) {
        double[] expected = new double[types.count()];
        for (int t = 0; t < expected.length; t++) {
            expected[t] = chances[t] * types.size(t);
        }
        var lottery = FaceDecomposition.decompose(instance, types, expected);
        if (lottery.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> panels = new ArrayList<>();
        double[] weights = new double[lottery.get().size()];
        int p = 0;
        for (var entry : lottery.get().entrySet()) {
            panels.add(entry.getKey().stream().mapToInt(Integer::intValue).toArray());
            weights[p++] = entry.getValue();
        }
        return Optional.of(new Distribution(types, panels, weights).withoutNegligible(1e-12));
    }

    static Outcome outcome(Distribution distribution, int solverCalls) {
        return new Outcome(
                distribution,
                distribution.chances(),
                List.of(),
                distribution.panels().size(),
                solverCalls,
                0);
    }
}
