package org.minipublic.app.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to do instead of printing a stack trace when demo data and real use meet. */
class DemoModeMismatchFailureAnalyzer extends AbstractFailureAnalyzer<DemoModeMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoModeMismatchException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
