package org.minipublic.sortition.solver;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.jspecify.annotations.Nullable;

/** Loads OR-Tools' native library once per process, and runs its solvers as steps of a selection. */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /**
     * A CP-SAT solver on one thread with a fixed seed, so that its answers are the same on every computer. CP-SAT
     * catches Ctrl-C by default and leaves its handler behind after the solve: a Ctrl-C during a later SCIP call then
     * aborted the Java runtime ({@code std::bad_function_call}). The selection's watchdog stops CP-SAT instead.
     */
    static CpSolver cpSolver() {
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1).setCatchSigintSignal(false);
        return solver;
    }

    /** One linear or integer program, stopped early (and thrown away) when the selection must stop. */
    static MPSolver.ResultStatus solve(MPSolver solver, @Nullable MPSolverParameters parameters, RunControl control) {
        return control.solve(solver::interruptSolve, () -> {
            control.solverTimeLimitMillis().ifPresent(solver::setTimeLimit);
            return parameters == null ? solver.solve() : solver.solve(parameters);
        });
    }

    /** One CP-SAT model, stopped early (and thrown away) when the selection must stop. */
    static CpSolverStatus solve(CpSolver solver, CpModel model, RunControl control) {
        return control.solve(solver::stopSearch, () -> {
            control.solverTimeLimitMillis()
                    .ifPresent(millis -> solver.getParameters().setMaxTimeInSeconds(millis / 1000.0));
            return solver.solve(model);
        });
    }
}
