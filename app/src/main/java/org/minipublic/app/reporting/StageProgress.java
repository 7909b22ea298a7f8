package org.minipublic.app.reporting;

import java.util.List;
import org.minipublic.app.assembly.AssemblyStatus;

/**
 * One lifecycle stage on the dashboard: whether the assembly has passed it, is in it or has yet to reach it, and the
 * checks recorded for it so far.
 */
public record StageProgress(AssemblyStatus stage, State state, List<Check> checks) {

    public enum State {
        DONE,
        CURRENT,
        UPCOMING
    }

    /**
     * One thing to have done in a stage.
     *
     * @param messageKey the sentence the dashboard shows; {@code arguments} fill it in
     */
    public record Check(String messageKey, boolean done, Object... arguments) {}

    public boolean isCurrent() {
        return state == State.CURRENT;
    }
}
