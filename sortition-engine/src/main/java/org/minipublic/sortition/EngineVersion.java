package org.minipublic.sortition;

import org.minipublic.sortition.solver.SolverVersion;

/**
 * The engine's version as the draw record states it. A constant rather than the jar's manifest, so that a draw made
 * from the built jar, from a module's classes or inside the app states the same version and verifies in each of
 * them; {@code EngineVersionTests} keeps it equal to the Maven project's version.
 */
public final class EngineVersion {

    static final String VERSION = "0.1.0-SNAPSHOT";

    /** The solver the engine runs on, read from the library loaded (see {@link SolverVersion}). */
    public static String solver() {
        return SolverVersion.describe();
    }

    private EngineVersion() {}

    public static String current() {
        return VERSION;
    }
}
