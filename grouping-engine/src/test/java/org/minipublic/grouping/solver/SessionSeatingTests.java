package org.minipublic.grouping.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionSeatingTests {

    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    @Test
    void ctrlCIsLeftToTheJavaRuntimeNotCaughtByTheSolver() {
        var parameters = SessionSeating.cpSolver(7).getParameters();

        assertThat(parameters.getCatchSigintSignal()).isFalse();
        assertThat(parameters.getNumWorkers()).isEqualTo(1);
        assertThat(parameters.getRandomSeed()).isEqualTo(7);
    }
}
