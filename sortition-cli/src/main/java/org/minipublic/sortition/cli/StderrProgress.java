package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.minipublic.sortition.ProgressListener;

/** Prints progress to standard error, but only once a run has taken more than a second, so quick runs stay quiet. */
final class StderrProgress implements ProgressListener {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(String message) {
        long elapsed = System.nanoTime() - start;
        if (elapsed > QUIET_NANOS) {
            err.printf(Locale.ROOT, "[%6.1f s] %s%n", elapsed / 1e9, message);
            err.flush();
        }
    }
}
