package org.minipublic.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineVersionTests {

    /** The build passes the project's version in (see the module's pom): a release must update the constant. */
    @Test
    void theRecordedVersionIsTheProjectVersion() {
        assertThat(System.getProperty("minipublic.project.version")).isNotBlank();
        assertThat(EngineVersion.current()).isEqualTo(System.getProperty("minipublic.project.version"));
    }

    /** The build passes the OR-Tools version the poms ask for: the library loaded must be that one. */
    @Test
    void theRecordedSolverIsTheLibraryTheBuildAsksFor() {
        String asked = System.getProperty("minipublic.ortools.version");
        assertThat(asked).isNotBlank();
        assertThat(org.minipublic.sortition.solver.SolverVersion.full()).isEqualTo(asked);
        String[] parts = asked.split("\\.");
        assertThat(EngineVersion.solver())
                .isEqualTo("Google OR-Tools " + parts[0] + "." + parts[1]
                        + " (SCIP for panels, GLOP for linear programs)");
    }
}
