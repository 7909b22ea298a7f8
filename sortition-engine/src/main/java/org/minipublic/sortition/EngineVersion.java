package org.minipublic.sortition;

/** The engine's version as the draw record states it (from the jar manifest; "development" when run from classes). */
public final class EngineVersion {

    private EngineVersion() {}

    public static String current() {
        String version = EngineVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    public static final String SOLVER = "Google OR-Tools 9.15 (SCIP for panels, GLOP for linear programs)";
}
