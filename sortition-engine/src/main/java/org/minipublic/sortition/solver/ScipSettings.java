package org.minipublic.sortition.solver;

/**
 * SCIP settings for the many small panel programs (tens to hundreds of integer variables, solved hundreds of times
 * per selection). SCIP's defaults suit large, hard programs: on these the set-up work of presolving, propagation and
 * cutting planes at the root costs more than the search it saves. Measured with the {@code bench} command
 * (docs/selection.md): switching it off halves the time of most instances and changes no result.
 */
final class ScipSettings {

    /**
     * SCIP catches Ctrl-C while it solves, to stop that one solve, and the Java runtime never sees it: a selection
     * making thousands of solver calls then ignored Ctrl-C for minutes. The selection's own watchdog stops SCIP.
     */
    private static final String LEAVE_CTRL_C = "misc/catchctrlc = FALSE";

    /** For panel searches with fairness prices: no presolving, no root propagation or cutting planes. */
    static final String PRICING = String.join(
            "\n",
            "presolving/maxrounds = 0",
            "propagating/maxroundsroot = 0",
            "separating/maxroundsroot = 0",
            LEAVE_CTRL_C);

    /** For panels on a face of the polytope: cutting planes still pay off there, presolving does not. */
    static final String FACE = String.join("\n", "presolving/maxrounds = 0", LEAVE_CTRL_C);

    private ScipSettings() {}
}
