package org.minipublic.sortition.algorithm;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.counting.PanelCount;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * UNIFORM (de Azevedo and Gölz, "Maximally random sortition", arXiv 2604.02712): one valid panel drawn uniformly at
 * random among all of them, the most random lottery there is. Counts the valid panels exactly first; each person's
 * chance is the share of valid panels that include them, which can be very unequal (nothing evens it out), so it suits
 * pools where the targets leave many panels and the advisory board values randomness above equal chances.
 */
public final class Uniform implements SelectionAlgorithm {

    @Override
    public Outcome run(Instance instance, Groups groups, RandomGenerator random, RunControl control) {
        control.phase("counting the valid panels");
        var count = PanelCount.of(instance, groups, PanelCount.DEFAULT_MAX_STATES, control);
        control.progress("Counted " + count.total() + " valid panels");
        int[] panel = count.sample(random);
        return new Outcome(
                null, count.uniformChances(), Arrays.stream(panel).boxed().toList(), 0, 0, 0, null, count.total());
    }
}
