package org.minipublic.sortition.solver;

import com.google.ortools.init.OrToolsVersion;

/**
 * The solver's version as the draw record states it, read from the OR-Tools library actually loaded rather than
 * written by hand. Only the major and minor numbers are stated: a new release of either changes the record's text,
 * so the committed draw records (verified in the build) fail until someone deliberately re-records them.
 */
public final class SolverVersion {

    private SolverVersion() {}

    /** For example "Google OR-Tools 9.15 (SCIP for panels, GLOP for linear programs)". */
    public static String describe() {
        OrTools.load();
        return "Google OR-Tools " + OrToolsVersion.getMajorNumber() + "." + OrToolsVersion.getMinorNumber()
                + " (SCIP for panels, GLOP for linear programs)";
    }

    /** The loaded library's full version, for example "9.15.6755". */
    public static String full() {
        OrTools.load();
        return OrToolsVersion.getVersionString();
    }
}
