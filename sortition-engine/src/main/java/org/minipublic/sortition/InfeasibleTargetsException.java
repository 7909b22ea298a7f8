package org.minipublic.sortition;

import org.minipublic.sortition.feasibility.Feasibility;

/** No panel meets every target; {@link #feasibility()} says which targets conflict and what to change. */
public class InfeasibleTargetsException extends RuntimeException {

    private final transient Feasibility feasibility;

    public InfeasibleTargetsException(Feasibility feasibility) {
        super(String.join("\n", feasibility.problems()));
        this.feasibility = feasibility;
    }

    public Feasibility feasibility() {
        return feasibility;
    }
}
