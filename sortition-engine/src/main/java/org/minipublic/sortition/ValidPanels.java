package org.minipublic.sortition;

import java.math.BigInteger;
import org.minipublic.sortition.counting.OutOfReachException;
import org.minipublic.sortition.counting.PanelCount;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.target.Targets;

/** How many valid panels a pool and its targets allow, counted exactly (see {@link PanelCount}). */
public final class ValidPanels {

    private ValidPanels() {}

    /**
     * @param maxStates give up when one step needs more partial-panel summaries than this
     * @throws InfeasibleTargetsException when there is no valid panel
     * @throws SelectionFailedException when counting is out of reach for this pool
     */
    public static BigInteger count(
            Pool pool, Targets targets, int panelSize, int maxStates, ProgressListener progress) {
        try (var control = RunControl.start(progress::progress, null, Long.MAX_VALUE, System::nanoTime)) {
            var feasibility = FeasibilityCheck.check(pool, targets, panelSize, control);
            if (!feasibility.feasible()) {
                throw new InfeasibleTargetsException(feasibility);
            }
            var instance = Instance.of(pool, targets, panelSize);
            control.phase("counting the valid panels");
            return PanelCount.of(instance, Groups.of(instance), maxStates, control)
                    .total();
        } catch (OutOfReachException e) {
            throw new SelectionFailedException(String.valueOf(e.getMessage()));
        }
    }

    /** The count for people: the exact number below a million, "3.2 × 10^41" above. */
    public static String readable(BigInteger count) {
        return PanelCount.readable(count);
    }
}
