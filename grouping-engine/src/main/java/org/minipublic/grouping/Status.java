package org.minipublic.grouping;

/** How good a plan is known to be. */
public enum Status {
    /** The plan reaches a lower bound in every objective term: no plan is better. */
    OPTIMAL,
    /** The search used its whole move budget; a better plan may exist. */
    BEST_FOUND,
    /** The time limit stopped the search early; a better plan may exist, and the plan may depend on machine speed. */
    TIME_LIMIT
}
