package org.minipublic.app.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a short start-up message instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "The data directory " + cause.dataDirectory().toAbsolutePath()
                        + " is already used by another running Minipublic.",
                "Stop the other Minipublic, or give this one its own directory with"
                        + " --minipublic.data-dir=<path> (or the MINIPUBLIC_DATA_DIR environment variable).",
                cause);
    }
}
